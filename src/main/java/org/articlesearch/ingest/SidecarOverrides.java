package org.articlesearch.ingest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.articlesearch.article.PublicationDate;
import org.articlesearch.enrich.GivenMetadata;

/**
 * A user's corrections for one corpus file, read from {@code NAME.meta.json} (or the name without
 * its extension) next to it: any of {@code title}, {@code authors}, {@code date}, {@code
 * publisher}.
 */
public record SidecarOverrides(
    Path source, String title, List<String> authors, PublicationDate date, String publisher) {
  /** Provenance of every field a sidecar sets. */
  static final String PROVENANCE = "override";

  private static final String SUFFIX = ".meta.json";
  private static final Set<String> FIELDS = Set.of("title", "authors", "date", "publisher");
  private static final long MAX_BYTES = 64 * 1024;

  /** Thrown when a sidecar exists but cannot be used; the message says what is wrong. */
  static final class InvalidSidecarException extends Exception {
    InvalidSidecarException(Path file, String problem) {
      super(file.getFileName() + ": " + problem);
    }
  }

  /** Returns the sidecar files a corpus file may have, most specific first. */
  static List<Path> candidates(Path file) {
    List<Path> paths = new ArrayList<>(2);
    for (String stem : candidateStems(file.getFileName().toString())) {
      paths.add(file.resolveSibling(stem + SUFFIX));
    }
    return paths;
  }

  /**
   * Returns the stems of the sidecars a file of this name may have (a sidecar's name is its stem
   * and {@code .meta.json}), most specific first: the name, then the name without its extension.
   */
  static List<String> candidateStems(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? List.of(name, name.substring(0, dot)) : List.of(name);
  }

  static boolean isSidecarName(String name) {
    return name.endsWith(SUFFIX);
  }

  /** Returns the stem of a sidecar's name, or null for the name of a file that is no sidecar. */
  static String stemOf(String name) {
    return isSidecarName(name) ? name.substring(0, name.length() - SUFFIX.length()) : null;
  }

  /**
   * A file's sidecars, each read once: the bytes of every one, which the file's content hash
   * covers, and the corrections of the most specific.
   */
  record Found(List<byte[]> contents, Optional<SidecarOverrides> overrides) {}

  /** Reads the file's sidecars, if it has any. */
  static Found readAll(Path file) throws InvalidSidecarException {
    List<byte[]> contents = new ArrayList<>(1);
    SidecarOverrides overrides = null;
    for (Path sidecar : candidates(file)) {
      if (!Files.isRegularFile(sidecar)) {
        continue;
      }
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(sidecar);
      } catch (IOException e) {
        throw new InvalidSidecarException(sidecar, "unreadable: " + e.getMessage());
      }
      contents.add(bytes);
      if (overrides == null) {
        overrides = parse(sidecar, bytes);
      }
    }
    return new Found(contents, Optional.ofNullable(overrides));
  }

  /** Reads the file's sidecar, if it has one. */
  static Optional<SidecarOverrides> find(Path file) throws InvalidSidecarException {
    return readAll(file).overrides();
  }

  private static SidecarOverrides parse(Path sidecar, byte[] bytes) throws InvalidSidecarException {
    JsonObject json;
    try {
      if (bytes.length > MAX_BYTES) {
        throw new InvalidSidecarException(sidecar, "larger than " + MAX_BYTES + " bytes");
      }
      // Strict decoding: a sidecar that is not UTF-8 is refused, not read with replacement marks.
      String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      JsonElement parsed = JsonParser.parseString(text);
      if (!parsed.isJsonObject()) {
        throw new InvalidSidecarException(sidecar, "not a JSON object");
      }
      json = parsed.getAsJsonObject();
    } catch (IOException e) {
      throw new InvalidSidecarException(sidecar, "unreadable: " + e.getMessage());
    } catch (JsonParseException e) {
      throw new InvalidSidecarException(sidecar, "not valid JSON: " + rootMessage(e));
    }
    for (String key : json.keySet()) {
      if (!FIELDS.contains(key)) {
        throw new InvalidSidecarException(
            sidecar, "unknown field \"" + key + "\" (allowed: title, authors, date, publisher)");
      }
    }
    return new SidecarOverrides(
        sidecar,
        string(sidecar, json, "title"),
        authors(sidecar, json),
        date(sidecar, json),
        string(sidecar, json, "publisher"));
  }

  /** Returns the sidecar's fields as metadata the enricher takes instead of looking for it. */
  GivenMetadata asGiven() {
    return new GivenMetadata(PROVENANCE, title, authors, date, publisher);
  }

  private static String string(Path sidecar, JsonObject json, String key)
      throws InvalidSidecarException {
    JsonElement e = json.get(key);
    if (e == null || e.isJsonNull()) {
      return null;
    }
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString() || e.getAsString().isBlank()) {
      throw new InvalidSidecarException(sidecar, "\"" + key + "\" must be a non-empty string");
    }
    return e.getAsString().strip();
  }

  private static List<String> authors(Path sidecar, JsonObject json)
      throws InvalidSidecarException {
    JsonElement e = json.get("authors");
    if (e == null || e.isJsonNull()) {
      return null;
    }
    if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
      return List.of(e.getAsString().strip()); // one author written without the brackets
    }
    if (!e.isJsonArray()) {
      throw new InvalidSidecarException(sidecar, "\"authors\" must be an array of names");
    }
    List<String> names = new ArrayList<>();
    for (JsonElement item : (JsonArray) e) {
      if (!item.isJsonPrimitive()
          || !item.getAsJsonPrimitive().isString()
          || item.getAsString().isBlank()) {
        throw new InvalidSidecarException(sidecar, "\"authors\" must be an array of names");
      }
      names.add(item.getAsString().strip());
    }
    return List.copyOf(names);
  }

  private static PublicationDate date(Path sidecar, JsonObject json)
      throws InvalidSidecarException {
    String value = string(sidecar, json, "date");
    if (value == null) {
      return null;
    }
    if (!value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw new InvalidSidecarException(
          sidecar, "\"date\" must be YYYY, YYYY-MM or YYYY-MM-DD, not \"" + value + "\"");
    }
    try {
      return PublicationDate.parseIso(value);
    } catch (DateTimeParseException e) {
      throw new InvalidSidecarException(
          sidecar, "\"date\" is not a calendar date: \"" + value + "\"");
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
