package org.articlesearch.extract;

/** The names of members inside containers: normalised, and checked not to leave the container. */
final class MemberNames {
  private MemberNames() {}

  /** Returns the name with forward slashes and without a leading "./". */
  static String normal(String raw) {
    String name = raw.replace('\\', '/');
    while (name.startsWith("./")) {
      name = name.substring(2);
    }
    return name;
  }

  /** False for an empty name, an absolute one, a drive letter, or one that climbs with "..". */
  static boolean isSafe(String name) {
    if (name.isBlank() || name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
      return false;
    }
    for (String part : name.split("/")) {
      if (part.equals("..")) {
        return false;
      }
    }
    return true;
  }
}
