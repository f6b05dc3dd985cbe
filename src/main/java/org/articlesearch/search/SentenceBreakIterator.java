package org.articlesearch.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries for snippets, found in one pass: after {@code .}, {@code !} or {@code ?} (and
 * any closing quotes or brackets) followed by white space and a character that is not a lower-case
 * letter, and after line breaks. The JDK's rule-based sentence iterator gives much the same
 * boundaries, but re-reads the text at every call, which made it a large part of a search.
 */
final class SentenceBreakIterator extends BreakIterator {

  private CharacterIterator text = new StringCharacterIterator("");
  private int[] boundaries = {0};
  private int count = 1;
  private int current;

  @Override
  public void setText(String newText) {
    text = new StringCharacterIterator(newText);
    find(newText, 0);
  }

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    StringBuilder chars = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      chars.append(c);
    }
    newText.first();
    find(chars, newText.getBeginIndex());
  }

  private void find(CharSequence s, int base) {
    int n = s.length();
    boundaries = new int[16];
    count = 0;
    add(base);
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int end = -1;
      if (c == '\n' || c == '\r' || c == '\u2029') {
        end = i + 1;
      } else if (isTerminator(c)) {
        int j = i + 1;
        while (j < n && isTerminator(s.charAt(j))) {
          j++;
        }
        while (j < n && isCloser(s.charAt(j))) {
          j++;
        }
        if (j < n && Character.isWhitespace(s.charAt(j))) {
          end = j;
        } else {
          i = j;
          continue;
        }
      }
      if (end < 0) {
        i++;
        continue;
      }
      int next = end;
      while (next < n && Character.isWhitespace(s.charAt(next))) {
        next++;
      }
      // "e.g. the", "3.5 percent. 1862": a full stop before a lower-case word or a number ends no
      // sentence, as with the JDK's rules.
      if (next < n && (c == '\n' || c == '\r' || startsSentence(s.charAt(next)))) {
        add(base + next);
      }
      i = Math.max(next, i + 1);
    }
    if (boundaries[count - 1] != base + n) {
      add(base + n);
    }
    current = 0;
  }

  // Tests rather than a String.indexOf per character: this loop reads every character of every
  // highlighted body.
  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean isCloser(char c) {
    return switch (c) {
      case '"', '\'', ')', ']', '’', '”', '»' -> true;
      default -> false;
    };
  }

  private static boolean startsSentence(char c) {
    return !Character.isLowerCase(c) && !Character.isDigit(c);
  }

  private void add(int boundary) {
    if (count == boundaries.length) {
      boundaries = Arrays.copyOf(boundaries, count * 2);
    }
    boundaries[count++] = boundary;
  }

  @Override
  public int first() {
    current = 0;
    return boundaries[0];
  }

  @Override
  public int last() {
    current = count - 1;
    return boundaries[current];
  }

  @Override
  public int next(int n) {
    int result = current();
    for (int i = 0; i < n && result != DONE; i++) {
      result = next();
    }
    for (int i = 0; i > n && result != DONE; i--) {
      result = previous();
    }
    return result;
  }

  @Override
  public int next() {
    if (current == count - 1) {
      return DONE;
    }
    return boundaries[++current];
  }

  @Override
  public int previous() {
    if (current == 0) {
      return DONE;
    }
    return boundaries[--current];
  }

  @Override
  public int following(int offset) {
    int i = Arrays.binarySearch(boundaries, 0, count, offset);
    return moveTo(i >= 0 ? i + 1 : -i - 1); // the first boundary after offset
  }

  @Override
  public int preceding(int offset) {
    int i = Arrays.binarySearch(boundaries, 0, count, offset);
    return moveTo((i >= 0 ? i : -i - 1) - 1); // the last boundary before offset
  }

  /** Makes a boundary current; past either end, the end is current and the answer is DONE. */
  private int moveTo(int index) {
    if (index < 0 || index >= count) {
      current = index < 0 ? 0 : count - 1;
      return DONE;
    }
    current = index;
    return boundaries[index];
  }

  @Override
  public boolean isBoundary(int offset) {
    int i = Arrays.binarySearch(boundaries, 0, count, offset);
    if (i >= 0) {
      current = i;
    }
    return i >= 0;
  }

  @Override
  public int current() {
    return boundaries[current];
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }
}
