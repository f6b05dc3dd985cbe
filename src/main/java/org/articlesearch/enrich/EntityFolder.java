package org.articlesearch.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlesearch.article.EntityType;
import org.articlesearch.article.NamedEntity;
import org.articlesearch.article.Span;

/**
 * Folds raw mentions into one canonical entity each: aliases and acronyms, possessives, titles,
 * spelling variants and partial person names; drops mentions that are not entities.
 */
public final class EntityFolder {
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
  private static final Pattern TITLES =
      Pattern.compile(
          "^(?:(?:former|late|then|acting|deputy|vice|prime|foreign|defen[cs]e|chief|army|supreme|the)\\s+)*"
              + "(?:President|PM|Premier|Minister|Mr|Mrs|Ms|Dr|Prof|Sir|General|Gen|Major General|Lt Gen"
              + "|Lieutenant General|Colonel|Col|Captain|Capt|Senator|Sen|Chancellor|King|Queen|Prince|Dame"
              + "|Secretary|Ambassador|Governor|Mayor|Judge|Justice|Chairman|Leader)\\.?\\s+");
  private static final Pattern CODE = Pattern.compile("^[\\p{L}]{1,4}-?\\d+[\\p{L}\\d]*$");
  // "Fan Expo Canada 2016", "AMAN 2017": a name ending in a year is an event, not a party to one.
  private static final Pattern EVENT = Pattern.compile("\\s(?:19|20)\\d\\d$");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}&\\-]{1,9}");
  private static final String LONG_FORM =
      "((?:\\p{Lu}[\\p{L}'’\\-]*\\s+(?:(?:of|the|and|for|on|in|de)\\s+)*){1,8}\\p{Lu}[\\p{L}'’\\-]*)";
  private static final Pattern LONG_THEN_ACRONYM =
      Pattern.compile(LONG_FORM + "\\s*\\(\\s*(" + ACRONYM + ")\\s*\\)");
  private static final Pattern ACRONYM_THEN_LONG =
      Pattern.compile("\\b(" + ACRONYM + ")\\s*\\(\\s*" + LONG_FORM + "\\s*\\)");

  // What follows a place's name, not a person's: "the Uri attack", "the Uri army base".
  private static final Pattern PLACE_MODIFIED =
      Pattern.compile(
          "\\s+(?:(?:attacks?|bombings?|blasts?|massacre|raids?|sector|district)"
              + "|\\p{Ll}+\\s+(?:base|airbase|garrison))(?![\\p{L}\\p{N}])");

  // Last words that make a name an organisation whatever the recognizer said.
  private static final Set<String> ORGANIZATION_WORDS =
      Set.of(
          "institute",
          "university",
          "college",
          "organisation",
          "organization",
          "council",
          "committee",
          "party",
          "company",
          "corporation",
          "corp",
          "inc",
          "ltd",
          "agency",
          "ministry",
          "department",
          "bank",
          "association",
          "foundation",
          "commission",
          "authority",
          "federation",
          "bureau",
          "academy",
          "parliament",
          "assembly",
          "congress",
          "senate");
  // Last words that make a name a place whatever the recognizer said: roads, squares, airports.
  private static final Set<String> PLACE_WORDS =
      Set.of(
          "street",
          "avenue",
          "road",
          "boulevard",
          "highway",
          "expressway",
          "freeway",
          "turnpike",
          "parkway",
          "square",
          "airport");

  // Last words that make a capitalised phrase a job title, not an organisation.
  private static final Set<String> ROLE_WORDS =
      Set.of(
          "scholar",
          "fellow",
          "analyst",
          "professor",
          "journalist",
          "writer",
          "columnist",
          "student",
          "correspondent",
          "editor",
          "researcher",
          "lecturer");

  // Last words of the names of awards, works, licences, events and styles ("Royal Gold Medal",
  // "GNU Free Document License", "American Revolution", "Art Deco"): none is a person, an
  // organisation or a place. "School of Architecture" keeps its "of" and stays.
  private static final Set<String> WORK_WORDS =
      Set.of(
          "medal",
          "prize",
          "award",
          "awards",
          "trophy",
          "license",
          "licence",
          "revolution",
          "architecture",
          "scripture",
          "scriptures",
          "symphony",
          "album",
          "deco",
          "nouveau");

  // One-word references to an institution named in full elsewhere, or to none in particular.
  private static final Set<String> GENERIC_SINGLES =
      Set.of(
          "state",
          "government",
          "court",
          "ministry",
          "department",
          "council",
          "committee",
          "agency",
          "party",
          "commission",
          "administration",
          "embassy",
          "police",
          "university");

  private final AliasTable aliases;

  public EntityFolder(AliasTable aliases) {
    this.aliases = aliases;
  }

  /** Returns a folder using the built-in alias table and stop list. */
  public static EntityFolder withDefaults() {
    return new EntityFolder(AliasTable.builtIn());
  }

  /** Folds the mentions found in text into distinct entities, most mentioned first. */
  public List<NamedEntity> fold(String text, List<EntityMention> mentions) {
    return fold(text, mentions, List.of());
  }

  /**
   * Folds mentions, adding the occurrences in text of names already known from the metadata (the
   * byline's people, the publisher), which the recognizer often misses in headers and footers.
   */
  public List<NamedEntity> fold(
      String text, List<EntityMention> mentions, List<EntityMention> known) {
    List<EntityMention> all =
        InstitutionNameFinder.addTo(text, MentionRepairer.repair(text, mentions));
    all.addAll(NestedNameFinder.find(all));
    for (EntityMention k : known) {
      all.addAll(occurrences(text, k, all));
    }
    Map<String, String> acronyms = acronymsDefinedIn(text);
    Map<String, Group> groups = new LinkedHashMap<>();
    for (EntityMention mention : all) {
      String name = clean(mention.text(), mention.type());
      if (name == null) {
        continue;
      }
      String key = EntityNames.key(name);
      AliasTable.Alias alias = aliases.lookup(name);
      if (alias == null && acronyms.containsKey(key)) {
        String expansion = acronyms.get(key);
        alias = aliases.lookup(expansion);
        if (alias == null) {
          alias = new AliasTable.Alias(expansion, null);
        }
      }
      if (alias != null && aliases.isHidden(alias.name())) {
        continue;
      }
      String groupKey = alias == null ? key : EntityNames.key(alias.name());
      EntityType recognized =
          mention.type() == EntityType.PERSON && namesAPlaceItModifies(text, mention, name)
              ? EntityType.LOCATION
              : mention.type();
      EntityType type =
          alias != null && alias.type() != null
              ? alias.type()
              : typeOf(alias == null ? name : alias.name(), recognized);
      groups
          .computeIfAbsent(groupKey, k -> new Group())
          .add(
              name,
              type,
              alias == null ? null : alias.name(),
              alias == null ? null : alias.type(),
              mention);
    }
    mergeSurnameWithTrailingWord(groups, text);
    mergePersonNameParts(groups);
    mergeNamesWithoutMiddleNames(groups);
    mergePartialPersonNames(groups);
    mergePartialOrganizationNames(groups);
    mergePartialPlaceNames(groups);
    groups.keySet().removeIf(GENERIC_SINGLES::contains);
    // A head word alone ("Avenue", "Square") is a kind of place, not one.
    groups.keySet().removeIf(PLACE_WORDS::contains);
    List<NamedEntity> entities = new ArrayList<>();
    for (Group g : groups.values()) {
      entities.add(g.toEntity());
    }
    entities.sort(
        Comparator.comparingInt(NamedEntity::count).reversed().thenComparing(NamedEntity::name));
    return entities;
  }

  /** Strips titles and possessives; returns null for what is not an entity. */
  String clean(String raw, EntityType type) {
    String s = raw.replaceAll("\\s+", " ").strip();
    s = POSSESSIVE.matcher(s).replaceFirst("");
    if (type == EntityType.PERSON) {
      s = TITLES.matcher(s).replaceFirst("");
    }
    s = s.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.)]]+$", "").strip();
    if (s.length() < 2
        || !Character.isUpperCase(s.codePointAt(0)) && !Character.isDigit(s.codePointAt(0))) {
      return null;
    }
    if (CODE.matcher(s).matches() && !RoadNameFinder.isNumberedRoad(s)
        || EVENT.matcher(s).find()
        || aliases.isHidden(s)
        || ROLE_WORDS.contains(lastWord(s))
        || namesAWork(s)) {
      return null;
    }
    return s;
  }

  /** True when the name's last word marks an award, a work, an event or a style. */
  static boolean namesAWork(String name) {
    return name.contains(" ") && !name.contains(" of ") && WORK_WORDS.contains(lastWord(name));
  }

  /** True when some word of the name marks an organisation ("Party", "Institute", ...). */
  static boolean hasOrganizationWord(String name) {
    for (String word : name.split("\\s+")) {
      if (ORGANIZATION_WORDS.contains(EntityNames.key(word))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a one-word name is the modifier of an attack or a military base ("the Uri attack",
   * "the Uri army base"): such a name is a place, though the model may read a person.
   */
  private static boolean namesAPlaceItModifies(String text, EntityMention mention, String name) {
    if (name.contains(" ") || mention.end() <= mention.start() || mention.end() > text.length()) {
      return false;
    }
    return PLACE_MODIFIED
        .matcher(text)
        .region(mention.end(), Math.min(text.length(), mention.end() + 40))
        .lookingAt();
  }

  /**
   * A name ending in "Institute" or "Party" is an organisation, one ending in "Turnpike" or
   * "Square" a place, whatever the model guessed.
   */
  private static EntityType typeOf(String name, EntityType recognized) {
    if (!name.contains(" ")) {
      return recognized;
    }
    String last = lastWord(name);
    return ORGANIZATION_WORDS.contains(last)
        ? EntityType.ORGANIZATION
        : PLACE_WORDS.contains(last) ? EntityType.LOCATION : recognized;
  }

  private static String lastWord(String name) {
    int space = name.lastIndexOf(' ');
    return EntityNames.key(space < 0 ? name : name.substring(space + 1));
  }

  /** Finds where a known name occurs in text, outside the spans already recognized. */
  private static List<EntityMention> occurrences(
      String text, EntityMention known, List<EntityMention> recognized) {
    List<EntityMention> found = new ArrayList<>();
    Matcher m =
        Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(known.text()) + "(?![\\p{L}\\p{N}])")
            .matcher(text);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      boolean covered = recognized.stream().anyMatch(r -> r.start() < e && s < r.end());
      if (!covered) {
        found.add(new EntityMention(known.text(), known.type(), s, e));
      }
    }
    return found;
  }

  /**
   * Finds "Shanghai Cooperation Organisation (SCO)" and "SCO (Shanghai ...)": the acronym stands
   * for the long form.
   */
  static Map<String, String> acronymsDefinedIn(String text) {
    Map<String, String> found = new HashMap<>();
    Matcher m = LONG_THEN_ACRONYM.matcher(text);
    while (m.find()) {
      define(found, m.group(2), m.group(1));
    }
    m = ACRONYM_THEN_LONG.matcher(text);
    while (m.find()) {
      define(found, m.group(1), m.group(2));
    }
    return found;
  }

  private static void define(Map<String, String> found, String acronym, String longForm) {
    String[] words = longForm.strip().split("\\s+");
    String letters = acronym.replaceAll("[^\\p{Lu}]", "");
    // Keep the shortest tail of the long form whose initials spell the acronym.
    for (int start = words.length - 1; start >= 0; start--) {
      if (!isSignificant(words[start])) {
        continue;
      }
      String initials = initials(words, start);
      if (initials.equals(letters)) {
        found.putIfAbsent(
            EntityNames.key(acronym),
            String.join(" ", List.of(words).subList(start, words.length)));
        return;
      }
      if (initials.length() > letters.length()) {
        return;
      }
    }
  }

  private static String initials(String[] words, int from) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < words.length; i++) {
      if (isSignificant(words[i])) {
        for (String part : words[i].split("-")) {
          if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
            b.append(part.charAt(0));
          }
        }
      }
    }
    return b.toString();
  }

  private static boolean isSignificant(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  /**
   * "Putin" joins "Vladimir Putin" when that is the only person in the article it can be; so does
   * "Putin Calls", a surname caught with the next word of a title-case heading.
   */
  private static void mergePartialPersonNames(Map<String, Group> groups) {
    List<String> singles = groups.keySet().stream().filter(k -> !k.contains(" ")).toList();
    for (String single : singles) {
      Group part = groups.get(single);
      if (part == null || part.canonical != null || part.type() != EntityType.PERSON) {
        continue;
      }
      Group full = null;
      int candidates = 0;
      for (Map.Entry<String, Group> e : groups.entrySet()) {
        Group g = e.getValue();
        if (g == part || g.canonical != null) {
          continue;
        }
        String[] tokens = e.getKey().split(" ");
        boolean personLike =
            g.type() == EntityType.PERSON
                || g.votes.containsKey(EntityType.PERSON)
                || tokens.length <= 3;
        if (tokens.length > 1
            && personLike
            && !ORGANIZATION_WORDS.contains(tokens[tokens.length - 1])
            && (tokens[tokens.length - 1].equals(single) || tokens[0].equals(single))) {
          full = g;
          candidates++;
        }
      }
      if (candidates == 1) {
        full.absorb(part);
        groups.remove(single);
      }
    }
  }

  /**
   * "Pierre Charles" and "Charles L'Enfant" join "Pierre Charles L'Enfant" when that is the one
   * longer person name in the article that starts or ends with them. A name with "of" in it is no
   * complete name: "Nathan Law of Demosisto" is a person run together with a party.
   */
  private static void mergePersonNameParts(Map<String, Group> groups) {
    mergeParts(
        groups,
        EntityType.PERSON,
        key -> key.contains(" "),
        (key, other) ->
            !other.contains(" of ") && (other.startsWith(key + " ") || other.endsWith(" " + key)));
  }

  /**
   * "Eugene Nida" joins "Eugene A. Nida" and "Zaha Hadid" joins "Zaha Mohammad Hadid" when that is
   * the one longer person name in the article with the same first and last word: a biography names
   * its subject in full once and short after.
   */
  private static void mergeNamesWithoutMiddleNames(Map<String, Group> groups) {
    mergeParts(
        groups,
        EntityType.PERSON,
        key -> key.split(" ").length == 2,
        (key, other) -> {
          String[] words = key.split(" ");
          return other.split(" ").length > 2
              && !other.contains(" of ")
              && other.startsWith(words[0] + " ")
              && other.endsWith(" " + words[1]);
        });
  }

  /**
   * "International Brotherhood" joins "International Brotherhood of Magicians" and "Court" joins
   * "Supreme Court" when exactly one longer organisation name in the article starts or ends with
   * it. Places are left alone: "Asia" is not "Central Asia".
   */
  private static void mergePartialOrganizationNames(Map<String, Group> groups) {
    mergeParts(
        groups,
        EntityType.ORGANIZATION,
        key -> true,
        (key, other) ->
            other.length() > key.length()
                && (other.startsWith(key + " ")
                    || other.endsWith(" " + key) && !other.contains(" of ")));
  }

  /**
   * A place name of two words or more joins the one longer place name in the article that ends with
   * it ("Jahan Square" and "Naqsh-e Jahan Square"), or, from three words, starts with it ("Pine
   * Hill Sky Harbor" and "Pine Hill Sky Harbor Airport"). A one-word place stays: "Asia" is not
   * "Central Asia". A two-word place often names a place inside it ("Hong Kong Island", "Nizhny
   * Novgorod Stadium"), so it joins only a name it ends.
   */
  private static void mergePartialPlaceNames(Map<String, Group> groups) {
    mergeParts(
        groups,
        EntityType.LOCATION,
        key -> key.contains(" "),
        (key, other) ->
            other.endsWith(" " + key) || key.split(" ").length >= 3 && other.startsWith(key + " "));
  }

  /**
   * Folds each name of the type that the test accepts into the one other name of that type it is a
   * part of; a part of two names, or of none, stays.
   *
   * @param part which names may be parts
   * @param partOf whether a name (first) is a part of another (second)
   */
  private static void mergeParts(
      Map<String, Group> groups,
      EntityType type,
      Predicate<String> part,
      BiPredicate<String, String> partOf) {
    for (String key : List.copyOf(groups.keySet())) {
      Group candidate = groups.get(key);
      if (candidate == null
          || candidate.canonical != null
          || candidate.type() != type
          || !part.test(key)) {
        continue;
      }
      Group whole = null;
      int wholes = 0;
      for (Map.Entry<String, Group> e : groups.entrySet()) {
        if (e.getValue() != candidate
            && e.getValue().type() == type
            && partOf.test(key, e.getKey())) {
          whole = e.getValue();
          wholes++;
        }
      }
      if (wholes == 1) {
        whole.absorb(candidate);
        groups.remove(key);
      }
    }
  }

  private static void mergeSurnameWithTrailingWord(Map<String, Group> groups, String text) {
    Map<String, List<Group>> bySurname = new HashMap<>();
    groups.forEach(
        (key, g) -> {
          String[] tokens = key.split(" ");
          if (tokens.length > 1 && g.type() == EntityType.PERSON) {
            bySurname.computeIfAbsent(tokens[tokens.length - 1], k -> new ArrayList<>()).add(g);
          }
        });
    for (String key : List.copyOf(groups.keySet())) {
      String[] tokens = key.split(" ");
      Group g = groups.get(key);
      if (tokens.length != 2
          || g.type() != EntityType.PERSON
          || g.canonical != null
          || !g.onlyInHeadings(text)) {
        continue;
      }
      List<Group> owners = bySurname.getOrDefault(tokens[0], List.of());
      boolean secondIsASurname =
          bySurname.getOrDefault(tokens[1], List.of()).stream().anyMatch(o -> o != g);
      if (owners.size() == 1 && owners.get(0) != g && !secondIsASurname) {
        owners.get(0).absorb(g);
        groups.remove(key);
      }
    }
  }

  /** The mentions that fold into one entity. */
  private static final class Group {
    final Map<String, Integer> surfaces = new LinkedHashMap<>();
    final Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    final List<Span> spans = new ArrayList<>();
    String canonical;
    String fullName;
    EntityType fixedType;
    int count;

    void add(
        String surface,
        EntityType type,
        String canonical,
        EntityType fixedType,
        EntityMention mention) {
      surfaces.merge(surface, 1, Integer::sum);
      votes.merge(type, 1, Integer::sum);
      spans.add(new Span(mention.start(), mention.end()));
      count++;
      if (canonical != null) {
        this.canonical = canonical;
      }
      if (fixedType != null) {
        this.fixedType = fixedType;
      }
    }

    /**
     * True when every mention sits in a short title-case line, where the model reads every word as
     * a name.
     */
    boolean onlyInHeadings(String text) {
      for (Span span : spans) {
        int from = text.lastIndexOf('\n', span.start()) + 1;
        int to = text.indexOf('\n', span.end());
        String line = text.substring(from, to < 0 ? text.length() : to).strip();
        String[] words = line.split("\\s+");
        long capitalised =
            java.util.Arrays.stream(words)
                .filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
                .count();
        if (line.length() > 120 || capitalised * 10 < words.length * 6) {
          return false;
        }
      }
      return !spans.isEmpty();
    }

    /** Takes in the mentions of a partial name; the complete name stays this group's name. */
    void absorb(Group other) {
      fullName = name();
      other.surfaces.forEach((s, n) -> surfaces.merge(s, n, Integer::sum));
      other.votes.forEach((t, n) -> votes.merge(t, n, Integer::sum));
      spans.addAll(other.spans);
      count += other.count;
    }

    String name() {
      if (canonical != null) {
        return canonical;
      }
      if (fullName != null) {
        return fullName;
      }
      // The most frequent form; on a tie the longest, which is usually the complete one.
      return surfaces.entrySet().stream()
          .max(
              Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                  .thenComparingInt(e -> e.getKey().length()))
          .orElseThrow()
          .getKey();
    }

    EntityType type() {
      if (fixedType != null) {
        return fixedType;
      }
      return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    NamedEntity toEntity() {
      spans.sort(Comparator.comparingInt(Span::start));
      return new NamedEntity(name(), type(), count, List.copyOf(surfaces.keySet()), spans);
    }
  }
}
