package org.articlesearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The text of one file and the metadata its format carried, before any interpretation.
 *
 * @param text plain text, paragraphs separated by line breaks
 * @param metadata raw metadata as Tika names it ({@code dc:title}, {@code meta:author}, ...)
 * @param mediaType detected media type without parameters, e.g. {@code text/html}
 * @param truncated true when the text was cut at the length limit
 */
public record ExtractedText(
    String text, Map<String, List<String>> metadata, String mediaType, boolean truncated) {
  public ExtractedText {
    Objects.requireNonNull(text, "text");
    metadata = Map.copyOf(metadata);
  }

  /** Returns the first non-blank value of the first key that has one, or null. */
  public String first(String... keys) {
    for (String key : keys) {
      for (String value : metadata.getOrDefault(key, List.of())) {
        if (value != null && !value.isBlank()) {
          return value.strip();
        }
      }
    }
    return null;
  }

  /** Returns the non-blank values of a key, in order. */
  public List<String> all(String key) {
    List<String> values = metadata.get(key);
    if (values == null) {
      return List.of(); // most keys are asked of every article and absent from plain text
    }
    List<String> nonBlank = new ArrayList<>(values.size());
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        nonBlank.add(v);
      }
    }
    return nonBlank;
  }
}
