package org.articlesearch.article;

/**
 * Where a mention sits in an article's body.
 *
 * @param start character offset, inclusive
 * @param end character offset, exclusive
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
