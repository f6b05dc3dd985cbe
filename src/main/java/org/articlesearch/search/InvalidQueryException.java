package org.articlesearch.search;

/** The query text cannot be understood; the message says why, in words a user can act on. */
public final class InvalidQueryException extends Exception {
  public InvalidQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
