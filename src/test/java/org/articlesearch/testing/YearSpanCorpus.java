package org.articlesearch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A corpus over more years than a chart has room for: one short address a year from 1900 to 2021,
 * two in 1950, none in 1933 and 1934, and one undated.
 */
public final class YearSpanCorpus {
  public static final int FIRST_YEAR = 1900;
  public static final int LAST_YEAR = 2021;

  private YearSpanCorpus() {}

  /** Writes the corpus's plain-text files into dir and returns dir. */
  public static Path writeTo(Path dir) {
    try {
      for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
        if (year == 1933 || year == 1934) {
          continue;
        }
        write(dir, year + "-a.txt", address(year, "1 December " + year));
        if (year == 1950) {
          write(dir, year + "-b.txt", address(year, "9 January " + year));
        }
      }
      write(dir, "undated.txt", "Notes on an address\n\nThe notes are not dated.\n");
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String address(int year, String date) {
    return "Address to the assembly, "
        + year
        + "\n\nBy The Speaker\nPublished on "
        + date
        + "\n\nThe assembly heard the address of "
        + year
        + " on trade, the treasury and the roads.\n";
  }

  private static void write(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
