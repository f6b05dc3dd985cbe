package org.articlesearch.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.articlesearch.article.EntityType;

/**
 * What is known about entity names before reading any article: variants and their canonical name,
 * names with a fixed type, and names to hide. The built-in tables come first; a user's alias file
 * overrides them.
 *
 * <p>The user file is tab-separated, one rule a line, {@code #} starts a comment:
 *
 * <pre>
 * merge   VARIANT   CANONICAL [TYPE]   fold VARIANT into CANONICAL (and give it TYPE)
 * type    NAME      TYPE               NAME is always of TYPE (PERSON, ORGANIZATION, LOCATION)
 * hide    NAME                         never show NAME
 * </pre>
 */
public final class AliasTable {
  /** A canonical name and, when known, the type it always has. */
  public record Alias(String name, EntityType type) {}

  private final Map<String, Alias> aliases;
  private final Set<String> hidden;

  private AliasTable(Map<String, Alias> aliases, Set<String> hidden) {
    this.aliases = Map.copyOf(aliases);
    this.hidden = Set.copyOf(hidden);
  }

  /** Returns the built-in tables only. */
  public static AliasTable builtIn() {
    return load(null);
  }

  /** Returns the built-in tables overridden by a user alias file, when that file exists. */
  public static AliasTable load(Path userFile) {
    Map<String, Alias> aliases = new HashMap<>();
    Set<String> hidden = new HashSet<>();
    for (String[] row : resourceRows("entity-aliases.tsv")) {
      Alias alias = new Alias(row[1], EntityType.valueOf(row[2]));
      aliases.put(EntityNames.key(row[0]), alias);
      aliases.putIfAbsent(EntityNames.key(row[1]), alias);
    }
    for (String[] row : resourceRows("not-entities.txt")) {
      hidden.add(EntityNames.key(row[0]));
    }
    if (userFile != null && Files.isRegularFile(userFile)) {
      int n = 0;
      try {
        for (String line : Files.readAllLines(userFile, StandardCharsets.UTF_8)) {
          n++;
          applyUserRule(line, aliases, hidden, userFile, n);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the alias file " + userFile, e);
      }
    }
    return new AliasTable(aliases, hidden);
  }

  private static void applyUserRule(
      String line, Map<String, Alias> aliases, Set<String> hidden, Path file, int n) {
    String trimmed = line.strip();
    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
      return;
    }
    String[] f = trimmed.split("\\t+");
    String verb = f[0].toLowerCase(Locale.ROOT);
    try {
      switch (verb) {
        case "merge" -> {
          require(
              f.length == 3 || f.length == 4,
              "merge needs VARIANT, CANONICAL and an optional TYPE");
          EntityType type =
              f.length == 4 ? EntityType.valueOf(f[3].toUpperCase(Locale.ROOT)) : null;
          Alias target = aliases.get(EntityNames.key(f[2]));
          if (type == null && target != null) {
            type = target.type();
          }
          Alias alias = new Alias(f[2], type);
          aliases.put(EntityNames.key(f[1]), alias);
          aliases.put(EntityNames.key(f[2]), alias);
          hidden.remove(EntityNames.key(f[1]));
        }
        case "type" -> {
          require(f.length == 3, "type needs NAME and TYPE");
          Alias existing = aliases.get(EntityNames.key(f[1]));
          String canonical = existing == null ? f[1] : existing.name();
          aliases.put(
              EntityNames.key(f[1]),
              new Alias(canonical, EntityType.valueOf(f[2].toUpperCase(Locale.ROOT))));
        }
        case "hide" -> {
          require(f.length == 2, "hide needs NAME");
          hidden.add(EntityNames.key(f[1]));
        }
        default ->
            throw new IllegalArgumentException("unknown rule '" + f[0] + "' (merge, type or hide)");
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + " line " + n + ": " + e.getMessage(), e);
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /** Returns the alias for a name, or null. */
  Alias lookup(String name) {
    return aliases.get(EntityNames.key(name));
  }

  /** True when a name must not be shown. */
  boolean isHidden(String name) {
    return hidden.contains(EntityNames.key(name));
  }

  private static List<String[]> resourceRows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = AliasTable.class.getResourceAsStream(resource)) {
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
}
