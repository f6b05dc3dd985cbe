package org.articlesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlesearch.testing.BrowserSession;
import org.articlesearch.testing.MentionsCorpus;
import org.articlesearch.testing.SeedServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The term-over-time chart in a real browser, over three hundred addresses whose mentions follow
 * the year: the Mentions switch draws how often the query occurs per year or decade, of all authors
 * or of one, on a desktop and on a phone, and a link restores it.
 */
class MentionsChartIT extends BrowserSession {
  private static final SeedServer MENTIONS = SeedServer.mentions();
  private static final Pattern SPOKEN = Pattern.compile("^[^:]+: ([\\d,]+) mentions?$");

  private static int soviets(int year) {
    return MentionsCorpus.soviet(year) + MentionsCorpus.union(year);
  }

  /** The bars drawn, by key, with the count each says; only bars with a count are drawn. */
  private Map<String, Integer> bars() {
    Map<String, Integer> bars = new LinkedHashMap<>();
    for (WebElement g : driver.findElements(By.cssSelector("#histogram g.bar"))) {
      String spoken = g.findElement(By.tagName("title")).getAttribute("textContent");
      Matcher m = SPOKEN.matcher(spoken);
      assertThat(m.matches()).as(spoken).isTrue();
      bars.put(g.getAttribute("data-key"), Integer.parseInt(m.group(1).replace(",", "")));
    }
    return bars;
  }

  /** The bars the corpus's formula gives for the keys drawn: a year, or a range "1790-1799". */
  private static Map<String, Integer> expected(Map<String, Integer> drawn, IntPredicate counts) {
    Map<String, Integer> bars = new LinkedHashMap<>();
    for (String key : drawn.keySet()) {
      String[] range = key.split("-");
      int from = Integer.parseInt(range[0]);
      int to = Integer.parseInt(range[range.length - 1]);
      int sum = 0;
      for (int y = Math.max(from, MentionsCorpus.FIRST_YEAR);
          y <= Math.min(to, MentionsCorpus.LAST_YEAR);
          y++) {
        sum += counts.test(y) ? soviets(y) : 0;
      }
      bars.put(key, sum);
    }
    return bars;
  }

  private static int total(IntPredicate counts) {
    int sum = 0;
    for (int y = MentionsCorpus.FIRST_YEAR; y <= MentionsCorpus.LAST_YEAR; y++) {
      sum += counts.test(y) ? soviets(y) : 0;
    }
    return sum;
  }

  private void waitForMentionsChart(String label) {
    // The chart is drawn anew on every change, so it is read by a script, never held.
    wait.until(
        d -> {
          Object shown =
              ((JavascriptExecutor) d)
                  .executeScript(
                      "var s = document.querySelector('#histogram svg');"
                          + " return s ? s.getAttribute('aria-label') : '';");
          return String.valueOf(shown).contains(label);
        });
  }

  private void assertBarsFollowTheCorpus(IntPredicate counts) {
    Map<String, Integer> drawn = bars();
    assertThat(drawn).isNotEmpty().isEqualTo(expected(drawn, counts));
    assertThat(drawn.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(total(counts));
  }

  @Test
  void theMentionsSwitchChartsHowOftenTheQueryOccursOfAllAuthorsOrOne() {
    driver.get(MENTIONS.url() + "/?q=soviet");
    waitForResults(
        (int)
            java.util.stream.IntStream.rangeClosed(
                    MentionsCorpus.FIRST_YEAR, MentionsCorpus.LAST_YEAR)
                .filter(y -> soviets(y) > 0)
                .count());
    WebElement mentions = driver.findElement(By.id("count-mentions"));
    assertThat(mentions.getAttribute("aria-pressed")).isEqualTo("false");
    mentions.click();
    waitForMentionsChart("Mentions of");
    assertThat(mentions.getAttribute("aria-pressed")).isEqualTo("true");
    assertThat(driver.getCurrentUrl()).contains("chart=mentions");
    assertBarsFollowTheCorpus(y -> true);
    assertThat(driver.findElement(By.id("mentions-note")).getText())
        .startsWith(String.format("%,d mentions in ", total(y -> true)));

    new Select(driver.findElement(By.id("mentions-author"))).selectByValue("Ada Quill");
    waitForMentionsChart("by Ada Quill");
    assertBarsFollowTheCorpus(y -> MentionsCorpus.author(y).equals("Ada Quill"));

    // A link to the chart shows it again, with the author chosen.
    driver.navigate().refresh();
    waitForMentionsChart("by Ada Quill");
    assertThat(
            new Select(driver.findElement(By.id("mentions-author")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("Ada Quill");
    assertBarsFollowTheCorpus(y -> MentionsCorpus.author(y).equals("Ada Quill"));

    driver.findElement(By.id("count-articles")).click();
    waitForMentionsChart("Articles per year");
    assertThat(driver.findElement(By.cssSelector(".mentions-by")).isDisplayed()).isFalse();
  }

  @Test
  void eachHitSaysHowManyTimesTheQueryOccursInIt() {
    driver.get(MENTIONS.url() + "/?q=soviet&sort=oldest");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));
    List<WebElement> hits = driver.findElements(By.cssSelector("#results .hit"));
    assertThat(hits).hasSizeGreaterThan(5);
    for (WebElement hit : hits) {
      int year =
          Integer.parseInt(
              hit.findElement(By.cssSelector(".hit-date"))
                  .getAttribute("datetime")
                  .substring(0, 4));
      assertThat(hit.findElement(By.cssSelector(".hit-matches")).getText())
          .isEqualTo(soviets(year) + (soviets(year) == 1 ? " mention" : " mentions"));
    }
  }

  @Test
  void onAPhoneTheChartFitsTheScreenAndEveryBarCanBeTapped() {
    driver.manage().window().setSize(new Dimension(390, 844));
    driver.get(MENTIONS.url() + "/?q=soviet&chart=mentions");
    waitForMentionsChart("Mentions of");
    assertBarsFollowTheCorpus(y -> true);
    JavascriptExecutor js = (JavascriptExecutor) driver;
    Number pageWidth = (Number) js.executeScript("return document.documentElement.scrollWidth;");
    Number viewport = (Number) js.executeScript("return window.innerWidth;");
    assertThat(pageWidth.doubleValue()).isLessThanOrEqualTo(viewport.doubleValue());
    for (WebElement target : driver.findElements(By.cssSelector("#histogram .bar-target"))) {
      Number width =
          (Number) js.executeScript("return arguments[0].getBoundingClientRect().width;", target);
      assertThat(width.doubleValue()).isGreaterThanOrEqualTo(24);
    }
    WebElement controls = driver.findElement(By.id("chart-controls"));
    Number right =
        (Number) js.executeScript("return arguments[0].getBoundingClientRect().right;", controls);
    assertThat(right.doubleValue()).isLessThanOrEqualTo(viewport.doubleValue());
    // A decade's bar narrows the search to its years, and the chart keeps counting mentions.
    WebElement first = driver.findElement(By.cssSelector("#histogram g.bar[data-from]"));
    String from = first.getAttribute("data-from");
    first.click();
    wait.until(ExpectedConditions.urlContains("from=" + from));
    waitForMentionsChart("Mentions of");
  }
}
