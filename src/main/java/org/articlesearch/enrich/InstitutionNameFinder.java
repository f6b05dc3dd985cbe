package org.articlesearch.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlesearch.article.EntityType;

/**
 * Finds the capitalised names of institutions and facilities that the statistical model misses, by
 * their head word: "Volgograd Arena", "Greek Ministry of Culture", "University of Sheffield". Only
 * names of two or more words.
 */
final class InstitutionNameFinder {
  private static final Map<String, EntityType> HEADS =
      Map.ofEntries(
          Map.entry("institute", EntityType.ORGANIZATION),
          Map.entry("university", EntityType.ORGANIZATION),
          Map.entry("college", EntityType.ORGANIZATION),
          Map.entry("academy", EntityType.ORGANIZATION),
          Map.entry("society", EntityType.ORGANIZATION),
          Map.entry("foundation", EntityType.ORGANIZATION),
          Map.entry("association", EntityType.ORGANIZATION),
          Map.entry("federation", EntityType.ORGANIZATION),
          Map.entry("council", EntityType.ORGANIZATION),
          Map.entry("committee", EntityType.ORGANIZATION),
          Map.entry("commission", EntityType.ORGANIZATION),
          Map.entry("ministry", EntityType.ORGANIZATION),
          Map.entry("department", EntityType.ORGANIZATION),
          Map.entry("agency", EntityType.ORGANIZATION),
          Map.entry("bureau", EntityType.ORGANIZATION),
          Map.entry("service", EntityType.ORGANIZATION),
          Map.entry("party", EntityType.ORGANIZATION),
          Map.entry("company", EntityType.ORGANIZATION),
          Map.entry("corporation", EntityType.ORGANIZATION),
          Map.entry("bank", EntityType.ORGANIZATION),
          Map.entry("church", EntityType.ORGANIZATION),
          Map.entry("club", EntityType.ORGANIZATION),
          Map.entry("league", EntityType.ORGANIZATION),
          Map.entry("municipality", EntityType.ORGANIZATION),
          Map.entry("authority", EntityType.ORGANIZATION),
          Map.entry("court", EntityType.ORGANIZATION),
          Map.entry("organisation", EntityType.ORGANIZATION),
          Map.entry("organization", EntityType.ORGANIZATION),
          Map.entry("stadium", EntityType.LOCATION),
          Map.entry("arena", EntityType.LOCATION),
          Map.entry("station", EntityType.LOCATION),
          Map.entry("airport", EntityType.LOCATION),
          Map.entry("sea", EntityType.LOCATION),
          Map.entry("ocean", EntityType.LOCATION),
          Map.entry("river", EntityType.LOCATION),
          Map.entry("lake", EntityType.LOCATION),
          Map.entry("mountains", EntityType.LOCATION),
          Map.entry("island", EntityType.LOCATION),
          Map.entry("islands", EntityType.LOCATION),
          Map.entry("province", EntityType.LOCATION),
          Map.entry("county", EntityType.LOCATION),
          Map.entry("square", EntityType.LOCATION),
          Map.entry("street", EntityType.LOCATION),
          Map.entry("avenue", EntityType.LOCATION),
          Map.entry("bridge", EntityType.LOCATION),
          Map.entry("palace", EntityType.LOCATION),
          Map.entry("road", EntityType.LOCATION),
          Map.entry("boulevard", EntityType.LOCATION),
          Map.entry("highway", EntityType.LOCATION),
          Map.entry("expressway", EntityType.LOCATION),
          Map.entry("freeway", EntityType.LOCATION),
          Map.entry("turnpike", EntityType.LOCATION),
          Map.entry("parkway", EntityType.LOCATION));

  private static final String WORD = "\\p{Lu}[\\p{L}'’\\-]*";
  private static final Pattern NAME =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])" + WORD + "(?:\\s+(?:(?:of|the|for|de|di|del)\\s+)*" + WORD + ")+");

  private InstitutionNameFinder() {}

  /**
   * Returns the mentions with the institution names of the text, and its road names ({@link
   * RoadNameFinder}), added; a shorter mention inside one ("Volgograd" in "Volgograd Arena") gives
   * way to it, one that crosses its edge keeps its place.
   */
  static List<EntityMention> addTo(String text, List<EntityMention> known) {
    List<EntityMention> out = new ArrayList<>(known);
    List<EntityMention> names = new ArrayList<>(find(text));
    names.addAll(RoadNameFinder.find(text));
    for (EntityMention name : names) {
      boolean crosses =
          out.stream()
              .anyMatch(
                  k ->
                      k.start() < name.end()
                          && name.start() < k.end()
                          && (k.start() < name.start() || k.end() > name.end()));
      List<EntityMention> inside =
          out.stream().filter(k -> k.start() >= name.start() && k.end() <= name.end()).toList();
      // One place or word inside is the model's partial view; two names inside are two entities.
      boolean partOfIt =
          inside.isEmpty()
              || inside.size() == 1 && headType(inside.get(0).text().split("\\s+")) == null;
      if (!crosses && partOfIt) {
        out.removeAll(inside);
        out.add(name);
      }
    }
    return out;
  }

  private static List<EntityMention> find(String text) {
    List<EntityMention> found = new ArrayList<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      String name = m.group();
      String[] words = name.split("\\s+");
      EntityType type = headType(words);
      if (type == null || isSentenceStart(text, m.start()) && words.length < 3) {
        continue;
      }
      found.add(new EntityMention(name, type, m.start(), m.end()));
    }
    return found;
  }

  /**
   * The head is the last word ("Volgograd Arena") or the first before "of" ("Ministry of Culture").
   */
  private static EntityType headType(String[] words) {
    EntityType last = HEADS.get(words[words.length - 1].toLowerCase(Locale.ROOT));
    if (last != null) {
      return last;
    }
    for (int i = 0; i + 1 < words.length; i++) {
      if (words[i + 1].equals("of")) {
        return HEADS.get(words[i].toLowerCase(Locale.ROOT));
      }
    }
    return null;
  }

  private static boolean isSentenceStart(String text, int at) {
    int i = at - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i < 0 || ".!?\n\"“".indexOf(text.charAt(i)) >= 0;
  }
}
