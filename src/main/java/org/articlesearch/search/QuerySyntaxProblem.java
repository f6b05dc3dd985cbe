package org.articlesearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names, in words a user knows, what is wrong with query text the parser refused: a quote or
 * bracket left open, an operator without its words, a leading wildcard. The parser's own message
 * speaks of lexical states and tokens, so it is read only when nothing here explains the text.
 */
final class QuerySyntaxProblem {
  private static final Set<String> BINARY = Set.of("AND", "OR");
  private static final Pattern TOKEN = Pattern.compile("[^\\s()\\[\\]{}]+");
  private static final Pattern EMPTY_RANGE = Pattern.compile("[\\[{]\\s*[\\]}]");
  private static final Pattern LEADING_WILDCARD = Pattern.compile("(?:^|[\\s(:+-])[*?]");

  private QuerySyntaxProblem() {}

  /**
   * Returns what is wrong with the text, as the start of a sentence ("the closing quote is
   * missing").
   *
   * @param e what the parser threw: its message is used when it is already plain (see {@link
   *     PlainParseException})
   */
  static String describe(String text, Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PlainParseException plain) {
        return plain.getMessage();
      }
    }
    String unquoted = text.replaceAll("\\\\.", "");
    if (count(unquoted, '"') % 2 == 1) {
      return "the closing quote is missing";
    }
    if (count(unquoted, '/') >= 2) {
      return "the text between slashes is not a valid regular expression";
    }
    if (EMPTY_RANGE.matcher(unquoted).find()) {
      return "empty brackets hold no range (year:[2015 TO 2018])";
    }
    String brackets = brackets(unquoted.replaceAll("\"[^\"]*\"", ""));
    if (brackets != null) {
      return brackets;
    }
    String operator = operator(unquoted);
    if (operator != null) {
      return operator;
    }
    if (LEADING_WILDCARD.matcher(unquoted).find()) {
      return "a word cannot start with * or ? (write pak* rather than *stan)";
    }
    if (unquoted.matches(".*\\^(?![0-9.]).*")) {
      return "^ must be followed by a number (putin^2)";
    }
    return "the query could not be read as written";
  }

  /** Describes the first bracket left open or closed without opening, or null. */
  private static String brackets(String text) {
    String opening = "([{";
    String closing = ")]}";
    List<Character> open = new ArrayList<>();
    for (char c : text.toCharArray()) {
      if (opening.indexOf(c) >= 0) {
        open.add(c);
      } else if (closing.indexOf(c) >= 0) {
        char wanted = opening.charAt(closing.indexOf(c));
        // A range may open with one kind and close with the other: year:{2015 TO 2021].
        if (open.isEmpty() || (open.getLast() == '(') != (c == ')')) {
          return "a closing " + c + " has no opening " + wanted;
        }
        open.removeLast();
      }
    }
    if (!open.isEmpty()) {
      char c = open.getLast();
      return "a " + c + " is not closed by " + closing.charAt(opening.indexOf(c));
    }
    return null;
  }

  /** Describes an AND, OR or NOT without the words it joins or excludes, or null. */
  private static String operator(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      boolean last = i == tokens.size() - 1;
      if (BINARY.contains(token)
          && (i == 0 || last || isOperator(tokens.get(i - 1)) || isOperator(tokens.get(i + 1)))) {
        return token + " needs a word on each side (pakistan " + token + " russia)";
      }
      if (token.equals("NOT") && (last || isOperator(tokens.get(i + 1)))) {
        return "NOT needs a word after it (pakistan NOT russia)";
      }
    }
    return null;
  }

  private static boolean isOperator(String token) {
    return BINARY.contains(token) || token.equals("NOT");
  }

  private static int count(String text, char c) {
    return (int) text.chars().filter(x -> x == c).count();
  }
}
