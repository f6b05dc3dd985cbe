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
    INVALID_SIDECAR("invalid sidecar"),
    /** A container inside more containers than {@link ContainerLimits#maxDepth} allows. */
    NESTED_TOO_DEEP("nested too deep"),
    /** A corpus file whose containers hold more than {@link ContainerLimits#maxMembers}. */
    TOO_MANY_MEMBERS("too many members"),
    /** A corpus file whose containers unpack to more than {@link ContainerLimits#maxBytes}. */
    UNPACKED_TOO_LARGE("unpacks too large"),
    /** A corpus file that unpacks to many times its size: a zip bomb. */
    ZIP_BOMB("zip bomb"),
    /** A member whose name is absolute or climbs out of its archive with "..". */
    UNSAFE_PATH("path leaves the archive");

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
