package org.articlesearch.search;

/** A search ran past its time budget and was stopped, so that other requests keep their share. */
public final class SearchTimeoutException extends Exception {
  public SearchTimeoutException(String message) {
    super(message);
  }
}
