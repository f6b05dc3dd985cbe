package org.articlesearch.extract;

/**
 * Bounds on what one corpus file may unpack to, e-mails and archives nested in it included: input
 * files are hostile, and a zip bomb must cost neither memory nor the rest of the run.
 *
 * @param maxDepth how many containers deep a member may lie (a zip in a zip is two)
 * @param maxMembers members of all its containers together
 * @param maxBytes bytes unpacked from all its containers together
 * @param maxRatio bytes unpacked per byte of the file, once more than {@code ratioFloorBytes} are
 * @param ratioFloorBytes unpacked bytes below which any ratio is allowed: small text compresses
 *     well
 * @param maxMemberBytes the largest member read; a larger one is skipped as too large
 */
public record ContainerLimits(
    int maxDepth,
    int maxMembers,
    long maxBytes,
    long maxRatio,
    long ratioFloorBytes,
    long maxMemberBytes) {
  public static final ContainerLimits DEFAULT =
      new ContainerLimits(4, 10_000, 1L << 30, 100, 32L << 20, 100L << 20);
}
