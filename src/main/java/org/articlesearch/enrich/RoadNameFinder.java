package org.articlesearch.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlesearch.article.EntityType;

/**
 * Finds the names of roads and airport terminals that the statistical model misses because they are
 * numbers or abbreviations: "I-44 East", "US 75", "Route 66", "47th Street", "N 44th St", "Admiral
 * Blvd", "Terminal 4". All are places.
 */
final class RoadNameFinder {
  private static final String DIRECTION =
      "(?:\\s(?:North|South|East|West|Northbound|Southbound|Eastbound|Westbound|Business|Bypass"
          + "|Loop))?";
  // "I" needs its hyphen: "I 5" is more often the pronoun than the road. "SR" and "SH" need a
  // space: "SR-71" and "SH-60" are aircraft.
  private static final Pattern HIGHWAY =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}\\-])(?:(?:Interstate|Highway|Hwy|Route|Rte|State Route|State Highway"
              + "|US|U\\.S\\.)[- ]\\d{1,3}[A-Z]?|(?:SR|SH) \\d{1,3}|I-\\d{1,3})"
              + DIRECTION
              // Not "US 10-year" or "US 5.2": a number that goes on is a quantity.
              + "(?![\\p{L}\\p{N}%\\-]|[.,]\\d)");
  private static final String STREET_TYPES =
      "Street|St|Avenue|Ave|Place|Pl|Road|Rd|Boulevard|Blvd|Drive|Lane|Ln|Way|Terrace|Parkway|Pkwy";
  private static final Pattern NUMBERED_STREET =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}\\-])(?:[NSEW]\\.?\\s)?\\d{1,3}(?:st|nd|rd|th)\\s(?:"
              + STREET_TYPES
              + ")(?![\\p{L}\\p{N}])");
  // Only the abbreviations: a street written out ("Main Street") is found by its head word. "St"
  // before a capitalised word is a saint ("St Paul"), and "Dr" too often a doctor to be a drive.
  private static final Pattern ABBREVIATED_STREET =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}\\-])(?:[NSEW]\\.? )?(?:\\p{Lu}[\\p{L}'’\\-]* ){1,3}"
              + "(?:St(?!\\.?\\s+\\p{Lu})|Ave|Blvd|Rd|Pkwy|Hwy)(?![\\p{L}\\p{N}])");
  private static final Pattern TERMINAL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}\\-])(?:Terminal|Concourse)\\s\\d{1,2}[A-Z]?(?![\\p{L}\\p{N}])");
  private static final List<Pattern> PATTERNS =
      List.of(HIGHWAY, NUMBERED_STREET, ABBREVIATED_STREET, TERMINAL);

  private RoadNameFinder() {}

  /** Returns the road and terminal names of the text, as places, in no particular order. */
  static List<EntityMention> find(String text) {
    List<EntityMention> found = new ArrayList<>();
    for (Pattern p : PATTERNS) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        found.add(new EntityMention(m.group(), EntityType.LOCATION, m.start(), m.end()));
      }
    }
    return found;
  }

  /** True when the whole name is a numbered road ("I-44"), which is not a product code. */
  static boolean isNumberedRoad(String name) {
    return HIGHWAY.matcher(name).matches();
  }
}
