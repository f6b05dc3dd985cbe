package org.articlesearch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An archive of yearly addresses, one a year from 1790 to 2021 (232 in all), each speaker giving
 * four in a row (author and date in each file's sidecar): more years and more speakers than a facet
 * lists. Every address speaks of war; those of even years, two of each speaker's four, of
 * immigration too. Edwin Stanhope's (1862–1865) speak of slavery without naming him; two other
 * addresses name him beside slavery.
 */
public final class AddressArchiveCorpus {
  public static final int FIRST_YEAR = 1790;
  public static final int LAST_YEAR = 2021;

  /** The speaker whose own addresses never name him. */
  public static final String STANHOPE = "Edwin Stanhope";

  private static final String[] FIRST = {
    "Edwin", "Clara", "Jonas", "Mabel", "Silas", "Hattie", "Amos", "Ida"
  };
  private static final String[] LAST = {
    "Marsh", "Whitcombe", "Alder", "Brannock", "Fairweather", "Oakley", "Pendry", "Quill"
  };

  private AddressArchiveCorpus() {}

  /** Returns the speaker of a year's address. */
  public static String speaker(int year) {
    int term = (year - FIRST_YEAR) / 4;
    // Terms 18 (1862-1865) go to Stanhope; the others to the other names in turn.
    if (term == 18) {
      return STANHOPE;
    }
    int n = term < 18 ? term + 1 : term;
    return FIRST[n % FIRST.length] + " " + LAST[(n / FIRST.length + n) % LAST.length];
  }

  /** Returns whether a year's address speaks of immigration. */
  public static boolean onImmigration(int year) {
    return year % 2 == 0;
  }

  /** Writes the corpus's plain-text files into dir and returns dir. */
  public static Path writeTo(Path dir) {
    try {
      for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
        String name = "address-" + year + ".txt";
        Files.writeString(dir.resolve(name), address(year), StandardCharsets.UTF_8);
        // The text's own date rules read only years from 1900 on; the sidecar gives older ones.
        Files.writeString(
            dir.resolve(name + ".meta.json"),
            "{\"authors\":[\"" + speaker(year) + "\"],\"date\":\"" + year + "-12-01\"}\n",
            StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String address(int year) {
    StringBuilder body = new StringBuilder();
    body.append("The assembly heard of the war and of the harvest of ").append(year).append(". ");
    if (onImmigration(year)) {
      body.append("Immigration to the ports rose again this year. ");
    }
    if (speaker(year).equals(STANHOPE)) {
      body.append("Slavery must end. Slavery divides the nation, and slavery shames it. ");
    }
    if (year == 1976 || year == 2006) {
      body.append("We remember Stanhope, who spoke against slavery. ");
    }
    return "Annual address of "
        + year
        + "\n\nBy "
        + speaker(year)
        + "\nPublished on 1 December "
        + year
        + "\n\n"
        + body
        + "\n\n"
        + DistinctWords.paragraph(year)
        + "\n";
  }
}
