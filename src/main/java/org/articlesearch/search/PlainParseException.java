package org.articlesearch.search;

import org.apache.lucene.queryparser.classic.ParseException;

/** A parse failure whose message a user can read as it is ("there is no field colour:"). */
final class PlainParseException extends ParseException {
  private static final long serialVersionUID = 1L;

  PlainParseException(String message) {
    super(message);
  }
}
