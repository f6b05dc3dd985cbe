package org.articlesearch.extract;

/** An expected reason a file yields no article; counted and reported, never fatal to a run. */
public final class ExtractionException extends Exception {
  /** Why a file was not extracted. */
  public enum Reason {
    UNREADABLE("unreadable"),
    TOO_LARGE("too large"),
    EMPTY("no text"),
    ENCRYPTED("encrypted"),
    UNSUPPORTED("unsupported format"),
    CORRUPT("corrupt or unparseable"),
    TIMEOUT("parse timed out"),
    /** The file's {@code .meta.json} sidecar is malformed; fix it and index again. */
    INVALID_SIDECAR("invalid sidecar");

    private final String label;

    Reason(String label) {
      this.label = label;
    }

    /** Returns a short human label, e.g. {@code "encrypted"}. */
    public String label() {
      return label;
    }
  }

  private final Reason reason;

  public ExtractionException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public ExtractionException(Reason reason, String message) {
    this(reason, message, null);
  }

  public Reason reason() {
    return reason;
  }
}
