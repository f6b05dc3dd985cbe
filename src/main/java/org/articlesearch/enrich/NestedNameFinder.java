package org.articlesearch.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlesearch.article.EntityType;

/**
 * Finds the names inside the names of facilities and local institutions, which are named after the
 * place they stand in or the person they honour: "Volgograd" in "Volgograd Arena", "Massachusetts"
 * in "Massachusetts Institute of Technology", "Sheffield" and "UK" in "University of Sheffield of
 * the UK", "Chiang Kai Shek" in "Chiang Kai Shek Memorial Hall Station". Names of organisations are
 * left whole: the Shanghai Cooperation Organisation is not in Shanghai.
 */
final class NestedNameFinder {
  private static final String WORD = "\\p{Lu}[\\p{L}'’\\-]*";
  private static final String NAME = WORD + "(?: " + WORD + ")*";

  /** A name before the head word of a facility, or before "Institute of ..." ("MIT"). */
  private static final Pattern BEFORE_HEAD =
      Pattern.compile(
          "^(?:[Tt]he )?("
              + NAME
              + ") (?:City|Station|Stadium|Arena|Airport|University|Institute of .+"
              + "|(?<memorial>Memorial(?: Hall)?(?: Station)?))(?: of (?:the )?(?<where>"
              + NAME
              + "))?$");

  /** A place after the head word of a local body: "University of Sheffield of the UK". */
  private static final Pattern AFTER_HEAD =
      Pattern.compile(
          "^(?:[Tt]he )?(?:University|Municipality|Province|County|City|Port) of (?:the )?("
              + NAME
              + ")(?: of (?:the )?(?<where>"
              + NAME
              + "))?$");

  /** Words that say what kind of facility it is, between the name it honours and its head. */
  private static final Pattern QUALIFIER =
      Pattern.compile(" (?:International|Intercontinental|National|Regional|Municipal)$");

  private NestedNameFinder() {}

  /** Returns the names nested in the given mentions, with their offsets in the same text. */
  static List<EntityMention> find(List<EntityMention> mentions) {
    List<EntityMention> nested = new ArrayList<>();
    for (EntityMention m : mentions) {
      if (m.type() != EntityType.PERSON) {
        addNested(m, nested);
      }
    }
    return nested;
  }

  private static void addNested(EntityMention m, List<EntityMention> nested) {
    Matcher before = BEFORE_HEAD.matcher(m.text());
    Matcher after = AFTER_HEAD.matcher(m.text());
    Matcher match = before.matches() ? before : after.matches() ? after : null;
    if (match == null) {
      return;
    }
    boolean honoursAPerson = match == before && before.group("memorial") != null;
    // "Tulsa International Airport" is named after Tulsa, not after "Tulsa International".
    Matcher qualifier = QUALIFIER.matcher(match.group(1));
    int end = qualifier.find() ? match.start(1) + qualifier.start() : match.end(1);
    EntityMention inner =
        part(m, match.start(1), end, honoursAPerson ? EntityType.PERSON : EntityType.LOCATION);
    nested.add(inner);
    // "Chiang Kai Shek Memorial Hall" inside "... Memorial Hall Station" holds a name in turn.
    addNested(inner, nested);
    if (match.group("where") != null) {
      nested.add(part(m, match.start("where"), match.end("where"), EntityType.LOCATION));
    }
  }

  private static EntityMention part(EntityMention m, int start, int end, EntityType type) {
    return new EntityMention(
        m.text().substring(start, end), type, m.start() + start, m.start() + end);
  }
}
