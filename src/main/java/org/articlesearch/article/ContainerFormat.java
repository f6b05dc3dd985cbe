package org.articlesearch.article;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats of files that hold other documents, told by their names. */
public enum ContainerFormat {
  ZIP(Holding.ARCHIVE, ".zip"),
  TAR(Holding.ARCHIVE, ".tar"),
  TAR_GZ(Holding.ARCHIVE, ".tar.gz", ".tgz"),
  SEVEN_Z(Holding.ARCHIVE, ".7z"),
  EMAIL(Holding.ATTACHMENTS, ".eml", ".msg"),
  MAILBOX(Holding.MESSAGES, ".mbox");

  /** What a container holds, which says how a member relates to it. */
  public enum Holding {
    /** Members of an archive. */
    ARCHIVE("archive"),
    /** Attachments of an e-mail. */
    ATTACHMENTS("attachment"),
    /** Messages of a mailbox. */
    MESSAGES("message");

    private final String code;

    Holding(String code) {
      this.code = code;
    }

    /** Returns the member's relation as the API names it: archive, attachment or message. */
    public String code() {
      return code;
    }
  }

  private final Holding holding;
  private final List<String> suffixes;

  ContainerFormat(Holding holding, String... suffixes) {
    this.holding = holding;
    this.suffixes = List.of(suffixes);
  }

  public Holding holding() {
    return holding;
  }

  /** Returns the format of a file or member of this name, if it is a container. */
  public static Optional<ContainerFormat> of(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (ContainerFormat format : values()) {
      for (String suffix : format.suffixes) {
        if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }
}
