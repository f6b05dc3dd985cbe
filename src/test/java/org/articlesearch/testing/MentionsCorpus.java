package org.articlesearch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Three hundred yearly addresses, 1790 to 2089, whose mentions of a few words follow the year, so
 * that a test can work out how often a query occurs in each: {@link #soviet} times "soviet" alone,
 * {@link #union} times the phrase "Soviet Union", {@link #tariffs} times "tariffs". Five authors
 * take turns every eight years; the author and date come from sidecars.
 */
public final class MentionsCorpus {
  public static final int FIRST_YEAR = 1790;
  public static final int LAST_YEAR = 2089;
  public static final List<String> AUTHORS =
      List.of("Ada Quill", "Ben Marsh", "Cora Vance", "Dan Reyes", "Eva Stone");

  private MentionsCorpus() {}

  /** How many times the address of a year says "soviet" outside the phrase "Soviet Union". */
  public static int soviet(int year) {
    return year % 7;
  }

  /** How many times the address of a year says "Soviet Union". */
  public static int union(int year) {
    return year % 3;
  }

  /** How many times the address of a year says "tariffs". */
  public static int tariffs(int year) {
    return year % 5 == 0 ? 4 : 0;
  }

  /** Returns the author of the address of a year. */
  public static String author(int year) {
    return AUTHORS.get((year - FIRST_YEAR) / 8 % AUTHORS.size());
  }

  /** Writes the addresses and their sidecars into dir and returns dir. */
  public static Path writeTo(Path dir) {
    try {
      for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
        Files.writeString(dir.resolve(year + ".txt"), address(year), StandardCharsets.UTF_8);
        Files.writeString(
            dir.resolve(year + ".meta.json"),
            "{\"title\": \"Annual address of "
                + year
                + "\", \"authors\": [\""
                + author(year)
                + "\"], \"date\": \""
                + year
                + "\"}\n",
            StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String address(int year) {
    StringBuilder text = new StringBuilder("Annual address of " + year + "\n\n");
    // Far enough before the counted sentences to stay out of their context.
    text.append(DistinctWords.paragraph(year)).append("\n\n");
    text.append("The assembly met to hear the address on the state of the republic. ");
    for (int i = 0; i < soviet(year); i++) {
      text.append("The soviet delegates spoke of harvests and of roads number ")
          .append(i)
          .append(". ");
    }
    for (int i = 0; i < union(year); i++) {
      text.append("Our envoys went to the Soviet Union again. ");
    }
    for (int i = 0; i < tariffs(year); i++) {
      text.append("The tariffs on grain were lowered. ");
    }
    text.append("The treasury is sound and the harbours are open.\n");
    return text.toString();
  }
}
