package org.articlesearch.search;

import java.io.IOException;

/** Receives the results of an export as they are read, so that none are held in memory. */
public interface ExportSink {
  /** Called once before the rows, with how many articles match (the rows may be capped). */
  void start(long total) throws IOException;

  /** Called for each result in order. */
  void row(ExportRow row) throws IOException;
}
