package org.articlesearch.extract;

/** Receives the members of a container as they are unpacked. */
public interface MemberSink {
  /**
   * Takes a member's bytes.
   *
   * @param name its path inside the container, with forward slashes
   * @throws ExtractionException when the corpus file as a whole must be refused
   */
  void member(String name, byte[] content) throws ExtractionException;

  /** Hears of a member that was not read, and why. */
  void skipped(String name, ExtractionException.Reason reason, String detail);
}
