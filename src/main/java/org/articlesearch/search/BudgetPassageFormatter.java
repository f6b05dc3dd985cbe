package org.articlesearch.search;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;

/**
 * Formats passages like {@link DefaultPassageFormatter} (matches marked, text escaped), but keeps
 * each passage within a character budget: a sentence can run to thousands of characters (old
 * speeches, text without punctuation), and a passage is a sentence. A longer passage is cut at word
 * boundaries to a window around its first match, with an ellipsis where it was cut.
 */
final class BudgetPassageFormatter extends DefaultPassageFormatter {
  /** The most characters one passage shows. */
  static final int MAX_PASSAGE_CHARS = 200;

  // How much of the window comes before the first match: some context, most of it after.
  private static final int LEAD_CHARS = MAX_PASSAGE_CHARS / 4;

  BudgetPassageFormatter() {
    super("<mark>", "</mark>", " … ", true);
  }

  @Override
  public String format(Passage[] passages, String content) {
    StringBuilder sb = new StringBuilder();
    int pos = 0;
    for (Passage passage : passages) {
      int start = passage.getStartOffset();
      int end = passage.getEndOffset();
      if (end - start > MAX_PASSAGE_CHARS) {
        int first = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : start;
        start = wordStartAtOrAfter(content, Math.max(start, first - LEAD_CHARS), first);
        end = wordEndAtOrBefore(content, Math.min(end, start + MAX_PASSAGE_CHARS), start);
      }
      if (start > pos && pos > 0) {
        sb.append(ellipsis);
      } else if (start > passage.getStartOffset()) {
        sb.append("… ");
      }
      pos = start;
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int matchStart = passage.getMatchStarts()[i];
        int matchEnd = passage.getMatchEnds()[i];
        if (matchStart >= end) {
          break; // matches come in order of their start
        }
        if (matchEnd <= pos) {
          continue;
        }
        if (matchStart > pos) {
          append(sb, content, pos, matchStart);
        }
        sb.append(preTag);
        append(sb, content, Math.max(pos, matchStart), Math.min(matchEnd, end));
        sb.append(postTag);
        pos = Math.min(matchEnd, end);
      }
      append(sb, content, pos, Math.max(pos, end));
      if (end < passage.getEndOffset()) {
        sb.append(" …");
      }
      pos = end;
    }
    return sb.toString();
  }

  /** The start of the first word at or after from, but never past limit. */
  private static int wordStartAtOrAfter(String content, int from, int limit) {
    if (from == 0 || Character.isWhitespace(content.charAt(from - 1))) {
      return from;
    }
    for (int i = from; i < limit; i++) {
      if (Character.isWhitespace(content.charAt(i))) {
        return i + 1;
      }
    }
    return from;
  }

  /** The end of the last word at or before to, but never before floor. */
  private static int wordEndAtOrBefore(String content, int to, int floor) {
    if (to >= content.length() || Character.isWhitespace(content.charAt(to))) {
      return to;
    }
    for (int i = to; i > floor; i--) {
      if (Character.isWhitespace(content.charAt(i - 1))) {
        return i - 1;
      }
    }
    return to;
  }
}
