package org.articlesearch.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * What one corpus file has unpacked so far, at any depth, against its {@link ContainerLimits}. Once
 * a limit is passed the whole file is refused, and every later count throws again, so a parser that
 * swallows the first refusal cannot carry on.
 */
public final class UnpackBudget {
  private static final int CHUNK = 64 << 10;

  private final ContainerLimits limits;
  private final long fileBytes;
  private long unpacked;
  private int members;
  private ExtractionException refusal;

  /**
   * @param fileBytes the size of the corpus file, against which the ratio is measured
   */
  public UnpackBudget(ContainerLimits limits, long fileBytes) {
    this.limits = limits;
    this.fileBytes = Math.max(1, fileBytes);
  }

  public ContainerLimits limits() {
    return limits;
  }

  /** Counts one more member. */
  void countMember() throws ExtractionException {
    countMembers(1);
  }

  /** Counts members an archive lists before any is read, so too many are refused unread. */
  void countMembers(int more) throws ExtractionException {
    refuseAgain();
    members += more;
    if (members > limits.maxMembers()) {
      refuse(
          ExtractionException.Reason.TOO_MANY_MEMBERS,
          "more than " + limits.maxMembers() + " members");
    }
  }

  /**
   * Hands a member to the sink, or tells it why not: its name leaves the container, or it is too
   * large. Its bytes are counted either way.
   *
   * @param rawName the member's name as its container gives it
   */
  void pass(String rawName, InputStream in, MemberSink sink)
      throws ExtractionException, IOException {
    String name = MemberNames.normal(rawName);
    if (!MemberNames.isSafe(name)) {
      sink.skipped(rawName, ExtractionException.Reason.UNSAFE_PATH, "not read");
      // Read all the same: a compressed stream holds its bytes whether they are kept or not.
      drain(in);
      return;
    }
    byte[] bytes = read(in);
    if (bytes == null) {
      sink.skipped(
          name,
          ExtractionException.Reason.TOO_LARGE,
          "over the limit of " + limits.maxMemberBytes() + " bytes");
    } else {
      sink.member(name, bytes);
    }
  }

  /**
   * Reads a member whole, counting every byte; returns null when it is larger than a member may be,
   * having read it to its end all the same, so that a bomb hidden in it is counted.
   */
  private byte[] read(InputStream in) throws ExtractionException, IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[CHUNK];
    boolean tooLarge = false;
    long size = 0;
    for (int n; (n = in.read(chunk)) >= 0; ) {
      count(n);
      size += n;
      if (size > limits.maxMemberBytes()) {
        tooLarge = true;
        out.reset();
      } else {
        out.write(chunk, 0, n);
      }
    }
    return tooLarge ? null : out.toByteArray();
  }

  /** Reads a member that is not kept to its end, counting its bytes. */
  private void drain(InputStream in) throws ExtractionException, IOException {
    byte[] chunk = new byte[CHUNK];
    for (int n; (n = in.read(chunk)) >= 0; ) {
      count(n);
    }
  }

  private void count(int bytes) throws ExtractionException {
    refuseAgain();
    unpacked += bytes;
    if (unpacked > limits.maxBytes()) {
      refuse(
          ExtractionException.Reason.UNPACKED_TOO_LARGE,
          "unpacks to more than " + limits.maxBytes() + " bytes");
    }
    if (unpacked > limits.ratioFloorBytes() && unpacked / fileBytes > limits.maxRatio()) {
      refuse(
          ExtractionException.Reason.ZIP_BOMB,
          "unpacks to more than "
              + limits.maxRatio()
              + " times its "
              + fileBytes
              + " bytes; not read further");
    }
  }

  /** Whether a limit was passed, which refuses the whole corpus file. */
  public boolean refused() {
    return refusal != null;
  }

  /** Throws the refusal again when a limit was passed earlier. */
  void refuseAgain() throws ExtractionException {
    if (refusal != null) {
      throw new ExtractionException(refusal.reason(), refusal.getMessage());
    }
  }

  private void refuse(ExtractionException.Reason reason, String message)
      throws ExtractionException {
    refusal = new ExtractionException(reason, message);
    throw refusal;
  }
}
