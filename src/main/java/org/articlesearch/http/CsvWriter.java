package org.articlesearch.http;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 has it (comma-separated, CRLF line ends, fields with a quote, comma or
 * line break quoted, quotes doubled), with cells that a spreadsheet would run as a formula made
 * inert.
 */
final class CsvWriter {
  /** Written first, it tells a spreadsheet the file is UTF-8. */
  static final char BYTE_ORDER_MARK = '\uFEFF';

  private final Writer out;

  CsvWriter(Writer out) {
    this.out = out;
  }

  /** Writes one record. */
  void write(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(cells.get(i)));
    }
    out.write("\r\n");
  }

  /** Returns a cell as written: null empty, formula-like cells prefixed, quoted when needed. */
  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String v = value;
    // =, +, - and @ start a formula in spreadsheets; tab and CR do in some. A leading apostrophe
    // makes the cell text (OWASP's advice on CSV injection).
    if ("=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf('"') >= 0
        || v.indexOf(',') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      v = '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
