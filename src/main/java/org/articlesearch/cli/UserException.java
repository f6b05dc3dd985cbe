package org.articlesearch.cli;

/** A problem the user can fix (a missing file, no index yet); printed as one line, no trace. */
final class UserException extends RuntimeException {
  UserException(String message) {
    super(message);
  }
}
