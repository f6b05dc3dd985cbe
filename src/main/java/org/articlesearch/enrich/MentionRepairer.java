package org.articlesearch.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlesearch.article.EntityType;

/**
 * Mends the spans a statistical recognizer gets wrong in predictable ways: a name cut at a hyphen
 * ("China-" + "Pakistan Economic Corridor"), at a number ("Movimento" 5 "Stelle"), a name cut at
 * "and" ("Oil and" + "Gas Development Company", "Salt and" + "Verde Rivers"), and descriptions
 * caught as names ("South Asian region"), product names after their model code ("AH-1 Cobra"),
 * titles of works followed by their year ("Childish Recollections (1806)"), names of licences and
 * awards ("GPL license") and labels of codes ("(IATA: PHX)"), which are dropped.
 */
final class MentionRepairer {
  private static final Pattern HYPHEN_PREFIX = Pattern.compile("(\\p{Lu}[\\p{L}]+)-$");
  private static final Pattern AND_PREFIX = Pattern.compile("(\\p{Lu}[\\p{L}]+ (?:and|&) )$");
  private static final Pattern SPACED_DASH = Pattern.compile("\\s+[-–—]\\s+");
  private static final Pattern PLURAL_PLACE_HEAD =
      Pattern.compile(" (?:Rivers|Mountains|Islands|Lakes|Seas|Valleys|Streets|Avenues)$");
  private static final Pattern NUMBER_BETWEEN = Pattern.compile(" \\d{1,3} ");
  private static final Pattern TRAILING_LOWER = Pattern.compile("(?:\\s+\\p{Ll}[\\p{L}]*)+$");
  // "Childish Recollections (1806)": a title with its year is a work's.
  private static final Pattern WORK_YEAR = Pattern.compile(",? \\((?:c\\. )?\\d{4}\\)");
  // A name that a licence, an award, a recording, a culture or a technical system is named by:
  // "GPL license", "Emmy award", "the Clovis culture", "the GPS system".
  private static final Pattern WORK_NOUN_AFTER =
      Pattern.compile(
          "['’]?s?\\s+(?:licen[cs]es?|awards?|prizes?|medals?|trophy|albums?|symphony"
              + "|culture|systems?)(?![\\p{L}\\p{N}])");
  // "AH-1 Cobra", "F-16 Fighting Falcon": the name after a model code is a product's, not a body's.
  private static final Pattern AFTER_MODEL_CODE =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}\\p{L}{0,3}-\\d+\\p{L}{0,2}\\s+$");

  // "Tanya Chan of the Civic Party": a person and the organisation they belong to, run together.
  private static final Pattern PERSON_OF_ORGANIZATION =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L}'’\\-]+(?: \\p{Lu}[\\p{L}'’\\-]+){1,2}) of (?:the )?(\\p{Lu}.+)$");

  private MentionRepairer() {}

  static List<EntityMention> repair(String text, List<EntityMention> mentions) {
    List<EntityMention> sorted = new ArrayList<>();
    for (EntityMention m : mentions) {
      for (EntityMention part : splitAtSpacedDashes(m)) {
        sorted.addAll(splitPersonOfOrganization(part));
      }
    }
    sorted.sort(Comparator.comparingInt(EntityMention::start));
    List<EntityMention> out = new ArrayList<>();
    for (EntityMention m : sorted) {
      if (TRAILING_LOWER.matcher(m.text()).find()) {
        continue; // "the South Asian region": a description, not a name
      }
      if (m.start() > 0
          && text.charAt(m.start() - 1) == '('
          && m.end() < text.length()
          && text.charAt(m.end()) == ':') {
        continue; // "(IATA: PHX)": the label of a code, not a name in the text
      }
      if (WORK_NOUN_AFTER
          .matcher(text)
          .region(m.end(), Math.min(text.length(), m.end() + 16))
          .lookingAt()) {
        continue; // "the GPL license", "a Grammy award": the name of a licence or an award
      }
      if (m.type() != EntityType.LOCATION
          && WORK_YEAR
              .matcher(text)
              .region(m.end(), Math.min(text.length(), m.end() + 12))
              .lookingAt()) {
        continue;
      }
      if (AFTER_MODEL_CODE
          .matcher(text)
          .region(Math.max(0, m.start() - 12), m.start())
          .useTransparentBounds(true)
          .find()) {
        continue;
      }
      EntityMention fixed = extendLeft(text, m, out);
      // "Movimento" + "5" + "Stelle": the model cuts a name at a number inside it.
      if (!out.isEmpty()
          && out.getLast().end() <= fixed.start()
          && NUMBER_BETWEEN.matcher(text.substring(out.getLast().end(), fixed.start())).matches()) {
        EntityMention before = out.removeLast();
        EntityType type = before.type() == EntityType.ORGANIZATION ? before.type() : fixed.type();
        fixed =
            new EntityMention(
                text.substring(before.start(), fixed.end()), type, before.start(), fixed.end());
      }
      // A mention swallowed by the one before it (after that one grew) is dropped.
      while (!out.isEmpty() && out.getLast().end() > fixed.start()) {
        EntityMention previous = out.removeLast();
        if (previous.start() < fixed.start()) {
          out.add(previous);
          fixed = null;
          break;
        }
      }
      if (fixed != null) {
        out.add(fixed);
      }
    }
    return out;
  }

  /**
   * Splits "Winston - Yale - Allegheny" into its names: a dash with spaces around it separates
   * names in a list or a route ("West - US 75"), it never joins the words of one.
   */
  private static List<EntityMention> splitAtSpacedDashes(EntityMention m) {
    Matcher dash = SPACED_DASH.matcher(m.text());
    if (!dash.find()) {
      return List.of(m);
    }
    List<EntityMention> parts = new ArrayList<>();
    int from = 0;
    do {
      addPart(m, from, dash.start(), parts);
      from = dash.end();
    } while (dash.find());
    addPart(m, from, m.text().length(), parts);
    return parts;
  }

  private static void addPart(EntityMention m, int from, int to, List<EntityMention> parts) {
    if (to > from) {
      parts.add(
          new EntityMention(
              m.text().substring(from, to), m.type(), m.start() + from, m.start() + to));
    }
  }

  private static List<EntityMention> splitPersonOfOrganization(EntityMention m) {
    Matcher p = PERSON_OF_ORGANIZATION.matcher(m.text());
    if (m.type() != EntityType.ORGANIZATION || !p.matches()) {
      return List.of(m);
    }
    String person = p.group(1);
    String organization = p.group(2);
    if (EntityFolder.hasOrganizationWord(person)
        || !EntityFolder.hasOrganizationWord(organization)) {
      return List.of(m);
    }
    int orgStart = m.start() + p.start(2);
    return List.of(
        new EntityMention(person, EntityType.PERSON, m.start(), m.start() + person.length()),
        new EntityMention(organization, EntityType.ORGANIZATION, orgStart, m.end()));
  }

  private static EntityMention extendLeft(
      String text, EntityMention m, List<EntityMention> before) {
    int windowStart = Math.max(0, m.start() - 40);
    String window = text.substring(windowStart, m.start());
    Matcher hyphen = HYPHEN_PREFIX.matcher(window);
    // Only multi-word organisations: "Islamabad-Moscow" is two places, not one.
    if (m.type() == EntityType.ORGANIZATION && m.text().contains(" ") && hyphen.find()) {
      return widen(text, m, windowStart + hyphen.start(1));
    }
    Matcher and = AND_PREFIX.matcher(window);
    // "the Salt and Verde Rivers": a plural head word names both, so the first is part of it.
    if (PLURAL_PLACE_HEAD.matcher(m.text()).find() && and.find()) {
      return widen(text, m, windowStart + and.start(1));
    }
    and.reset();
    if (m.type() == EntityType.ORGANIZATION && and.find()) {
      int newStart = windowStart + and.start(1);
      boolean prefixIsItsOwnEntity = !before.isEmpty() && before.getLast().end() > newStart;
      if (!prefixIsItsOwnEntity) {
        return widen(text, m, newStart);
      }
    }
    return m;
  }

  private static EntityMention widen(String text, EntityMention m, int start) {
    return new EntityMention(text.substring(start, m.end()), m.type(), start, m.end());
  }
}
