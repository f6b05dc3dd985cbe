package org.articlesearch.opensearch;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how patiently a bulk request, or the items of one the cluster pushed back, are sent
 * again: exponential backoff with jitter, so that writers that were refused together do not return
 * together.
 *
 * @param retries attempts after the first
 * @param initialBackoff the wait before the first retry
 * @param maxBackoff the longest wait between two attempts
 */
public record BulkRetryPolicy(int retries, Duration initialBackoff, Duration maxBackoff) {
  /** 18 to 36 s of waiting in all: a node restart or a merge storm, not a dead cluster. */
  public static final BulkRetryPolicy DEFAULT =
      new BulkRetryPolicy(8, Duration.ofMillis(250), Duration.ofSeconds(10));

  public BulkRetryPolicy {
    if (retries < 0 || initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("retries >= 0 and 0 <= initialBackoff <= maxBackoff");
    }
  }

  /** Whether a status means "later", not "never": too many requests, or a node in between. */
  static boolean retryable(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
  }

  /** The wait before retry number {@code attempt} (0-based): half to all of the doubled backoff. */
  Duration backoff(int attempt) {
    long full = initialBackoff.toMillis() << Math.min(attempt, 20);
    long capped = Math.min(full, maxBackoff.toMillis());
    return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
  }
}
