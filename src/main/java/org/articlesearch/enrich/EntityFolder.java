package org.articlesearch.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlesearch.article.EntityType;
import org.articlesearch.article.NamedEntity;

/**
 * Folds raw mentions into one canonical entity each: aliases and acronyms, possessives, titles,
 * spelling variants and partial person names; drops mentions that are not entities.
 */
public final class EntityFolder {
  /** A canonical name and, when the table says so, the type it always has. */
  record Alias(String name, EntityType type) {}

  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
  private static final Pattern TITLES =
      Pattern.compile(
          "^(?:(?:former|late|then|acting|deputy|vice|prime|foreign|defen[cs]e|chief|army|supreme|the)\\s+)*"
              + "(?:President|PM|Premier|Minister|Mr|Mrs|Ms|Dr|Prof|Sir|General|Gen|Major General|Lt Gen"
              + "|Lieutenant General|Colonel|Col|Captain|Capt|Senator|Sen|Chancellor|King|Queen|Prince"
              + "|Secretary|Ambassador|Governor|Mayor|Judge|Justice|Chairman|Leader)\\.?\\s+");
  private static final Pattern CODE = Pattern.compile("^[\\p{L}]{1,4}-?\\d+[\\p{L}\\d]*$");
  private static final Pattern ACRONYM_DEFINITION =
      Pattern.compile("((?:\\p{Lu}[\\p{L}'’\\-]*\\s+(?:(?:of|the|and|for|on|in|de)\\s+)*){1,8}\\p{Lu}[\\p{L}'’\\-]*)\\s*\\(\\s*(\\p{Lu}[\\p{Lu}&\\-]{1,9})\\s*\\)");

  private final Map<String, Alias> aliases;
  private final Set<String> notEntities;

  private EntityFolder(Map<String, Alias> aliases, Set<String> notEntities) {
    this.aliases = aliases;
    this.notEntities = notEntities;
  }

  /** Returns a folder using the built-in alias table and stop list. */
  public static EntityFolder withDefaults() {
    Map<String, Alias> aliases = new HashMap<>();
    for (String[] row : rows("entity-aliases.tsv")) {
      if (row.length == 3) {
        Alias alias = new Alias(row[1], EntityType.valueOf(row[2]));
        aliases.put(EntityNames.key(row[0]), alias);
        aliases.putIfAbsent(EntityNames.key(row[1]), alias);
      }
    }
    Set<String> notEntities = new HashSet<>();
    for (String[] row : rows("not-entities.txt")) {
      notEntities.add(EntityNames.key(row[0]));
    }
    return new EntityFolder(Map.copyOf(aliases), Set.copyOf(notEntities));
  }

  /** Folds the mentions found in text into distinct entities, most mentioned first. */
  public List<NamedEntity> fold(String text, List<EntityMention> mentions) {
    Map<String, String> acronyms = acronymsDefinedIn(text);
    Map<String, Group> groups = new LinkedHashMap<>();
    for (EntityMention mention : mentions) {
      String name = clean(mention.text(), mention.type());
      if (name == null) {
        continue;
      }
      String key = EntityNames.key(name);
      Alias alias = aliases.get(key);
      if (alias == null && acronyms.containsKey(key)) {
        String expansion = acronyms.get(key);
        alias = aliases.getOrDefault(EntityNames.key(expansion), new Alias(expansion, null));
      }
      String canonical = alias == null ? null : alias.name();
      String groupKey = canonical == null ? key : EntityNames.key(canonical);
      Group group = groups.computeIfAbsent(groupKey, k -> new Group());
      group.add(name, mention.type(), canonical, alias == null ? null : alias.type());
    }
    mergePartialPersonNames(groups);
    List<NamedEntity> entities = new ArrayList<>();
    for (Group g : groups.values()) {
      entities.add(new NamedEntity(g.name(), g.type(), g.count, List.copyOf(g.surfaces.keySet())));
    }
    entities.sort(Comparator.comparingInt(NamedEntity::count).reversed().thenComparing(NamedEntity::name));
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
    if (s.length() < 2 || !Character.isUpperCase(s.codePointAt(0)) && !Character.isDigit(s.codePointAt(0))) {
      return null;
    }
    if (CODE.matcher(s).matches() || notEntities.contains(EntityNames.key(s))) {
      return null;
    }
    return s;
  }

  /** Finds "Shanghai Cooperation Organisation (SCO)": the acronym stands for the long form. */
  static Map<String, String> acronymsDefinedIn(String text) {
    Map<String, String> found = new HashMap<>();
    Matcher m = ACRONYM_DEFINITION.matcher(text);
    while (m.find()) {
      String expansion = m.group(1).strip();
      String acronym = m.group(2);
      String initials = initials(expansion);
      String letters = acronym.replaceAll("[^\\p{Lu}]", "");
      // Keep the shortest tail of the expansion whose initials spell the acronym.
      int at = initials.lastIndexOf(letters);
      if (at >= 0 && at + letters.length() == initials.length()) {
        String[] words = expansion.split("\\s+");
        int seen = 0;
        int startWord = 0;
        for (int i = 0; i < words.length; i++) {
          if (isSignificant(words[i])) {
            if (seen == at) {
              startWord = i;
              break;
            }
            seen += words[i].split("-").length;
          }
        }
        found.putIfAbsent(EntityNames.key(acronym), String.join(" ", List.of(words).subList(startWord, words.length)));
      }
    }
    return found;
  }

  private static String initials(String phrase) {
    StringBuilder b = new StringBuilder();
    for (String word : phrase.split("\\s+")) {
      if (isSignificant(word)) {
        for (String part : word.split("-")) {
          if (!part.isEmpty()) {
            b.append(Character.toUpperCase(part.charAt(0)));
          }
        }
      }
    }
    return b.toString();
  }

  private static boolean isSignificant(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  /** "Putin" joins "Vladimir Putin" when that is the only person in the article it can be. */
  private static void mergePartialPersonNames(Map<String, Group> groups) {
    List<Map.Entry<String, Group>> singles = new ArrayList<>();
    for (Map.Entry<String, Group> e : groups.entrySet()) {
      if (!e.getKey().contains(" ")) {
        singles.add(e);
      }
    }
    for (Map.Entry<String, Group> single : singles) {
      Group full = null;
      int candidates = 0;
      for (Map.Entry<String, Group> e : groups.entrySet()) {
        if (e.getValue() == single.getValue() || e.getValue().type() != EntityType.PERSON) {
          continue;
        }
        String[] tokens = e.getKey().split(" ");
        if (tokens.length > 1 && (tokens[tokens.length - 1].equals(single.getKey()) || tokens[0].equals(single.getKey()))) {
          full = e.getValue();
          candidates++;
        }
      }
      if (candidates == 1 && (single.getValue().type() == EntityType.PERSON || single.getValue().votes.containsKey(EntityType.PERSON))) {
        full.absorb(single.getValue());
        groups.remove(single.getKey());
      }
    }
  }

  private static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = EntityFolder.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.strip().split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** The mentions that fold into one entity. */
  private static final class Group {
    final Map<String, Integer> surfaces = new LinkedHashMap<>();
    final Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    String canonical;
    EntityType fixedType;
    int count;

    void add(String surface, EntityType type, String canonical, EntityType fixedType) {
      surfaces.merge(surface, 1, Integer::sum);
      votes.merge(type, 1, Integer::sum);
      count++;
      if (canonical != null) {
        this.canonical = canonical;
      }
      if (fixedType != null) {
        this.fixedType = fixedType;
      }
    }

    void absorb(Group other) {
      other.surfaces.forEach((s, n) -> surfaces.merge(s, n, Integer::sum));
      other.votes.forEach((t, n) -> votes.merge(t, n, Integer::sum));
      count += other.count;
    }

    String name() {
      if (canonical != null) {
        return canonical;
      }
      // The most frequent form; on a tie the longest, which is usually the complete one.
      return surfaces.entrySet().stream()
          .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
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
  }
}
