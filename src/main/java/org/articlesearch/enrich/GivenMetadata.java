package org.articlesearch.enrich;

import java.util.List;
import org.articlesearch.article.PublicationDate;

/**
 * Metadata stated for an article from outside its text, such as a user's corrections: the enricher
 * takes each field given instead of looking for it, and records {@code source} as its provenance. A
 * null field is not given.
 *
 * @param source the provenance of every given field
 */
public record GivenMetadata(
    String source, String title, List<String> authors, PublicationDate date, String publisher) {
  /** Nothing given: every field is looked for in the text. */
  public static final GivenMetadata NONE = new GivenMetadata("none", null, null, null, null);

  public GivenMetadata {
    authors = authors == null ? null : List.copyOf(authors);
  }
}
