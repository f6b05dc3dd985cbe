package org.articlesearch.http;

/** An error answered to the client: HTTP status, a stable machine-readable code and a message. */
public final class ApiException extends Exception {
  private final int status;
  private final String code;

  public ApiException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** Returns a 400 for a bad request parameter. */
  static ApiException badParameter(String code, String message) {
    return new ApiException(400, code, message);
  }
}
