package org.articlesearch.search;

/** The query cannot be run; the message says why, in words a user can act on. */
public final class InvalidQueryException extends Exception {
  private final String code;

  /**
   * @param code stable machine-readable reason: {@code too_many_terms} or {@code query_too_broad}
   */
  public InvalidQueryException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
