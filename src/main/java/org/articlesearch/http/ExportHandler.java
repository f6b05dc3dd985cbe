package org.articlesearch.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.articlesearch.search.ArticleSearcher;
import org.articlesearch.search.ExportRow;
import org.articlesearch.search.ExportSink;
import org.articlesearch.search.InvalidQueryException;
import org.articlesearch.search.SearchRequest;
import org.articlesearch.search.SearchTimeoutException;

/**
 * {@code GET /api/export?format=csv|jsonl} plus the search parameters: every result of the search,
 * not one page, streamed as a download.
 */
final class ExportHandler implements HttpHandler {
  /** Most rows one export writes; the header {@code X-Total-Count} says how many matched. */
  static final int MAX_ROWS = 100_000;

  static final List<String> COLUMNS =
      List.of("id", "title", "authors", "date", "publisher", "path", "score", "matches", "snippet");

  private final ArticleSearcher searcher;

  ExportHandler(ArticleSearcher searcher) {
    this.searcher = searcher;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    Map<String, Deque<String>> params = exchange.getQueryParameters();
    SearchRequest request = SearchParameters.parse(params, Set.of("format"));
    String format = SearchParameters.single(params, "format", "").strip();
    if (!format.equals("csv") && !format.equals("jsonl")) {
      throw ApiException.badParameter(
          "invalid_format", "Parameter 'format' must be 'csv' or 'jsonl'; got '" + format + "'.");
    }
    Download download = new Download(exchange, request.query(), format);
    try {
      searcher.export(request, MAX_ROWS, download);
    } catch (InvalidQueryException e) {
      throw SearchHandler.badQuery(e);
    } catch (SearchTimeoutException e) {
      throw SearchHandler.timeout(e);
    }
    download.finish();
  }

  /** Sets the download headers and opens the body, once the search (or concordance) succeeded. */
  static Writer open(
      HttpServerExchange exchange, String query, String type, String ext, long total) {
    exchange.setStatusCode(200);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, type + "; charset=utf-8");
    exchange
        .getResponseHeaders()
        .put(
            Headers.CONTENT_DISPOSITION,
            DownloadName.contentDisposition(query, LocalDate.now(), ext));
    exchange.getResponseHeaders().put(new HttpString("X-Total-Count"), Long.toString(total));
    return new BufferedWriter(
        new OutputStreamWriter(exchange.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
  }

  /** Writes the rows in one format: CSV with a header line, or one JSON object a line. */
  private static final class Download implements ExportSink {
    private final HttpServerExchange exchange;
    private final String query;
    private final String format;
    private Writer writer;
    private CsvWriter csv;

    Download(HttpServerExchange exchange, String query, String format) {
      this.exchange = exchange;
      this.query = query;
      this.format = format;
    }

    @Override
    public void start(long total) throws IOException {
      boolean isCsv = format.equals("csv");
      writer = open(exchange, query, isCsv ? "text/csv" : "application/x-ndjson", format, total);
      if (isCsv) {
        // Excel reads a CSV file as UTF-8 only when it starts with the byte-order mark, and
        // shows "DÃ©tente" otherwise; other spreadsheets and CSV readers skip the mark.
        writer.write(CsvWriter.BYTE_ORDER_MARK);
        csv = new CsvWriter(writer);
        csv.write(COLUMNS);
      }
    }

    @Override
    public void row(ExportRow row) throws IOException {
      if (csv != null) {
        csv.write(
            List.of(
                row.id(),
                nullToEmpty(row.title()),
                String.join("; ", row.authors()),
                nullToEmpty(row.date()),
                nullToEmpty(row.publisher()),
                row.path(),
                Float.toString(row.score()),
                Long.toString(row.matches()),
                row.snippet()));
        return;
      }
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("id", row.id());
      line.put("title", row.title());
      line.put("authors", row.authors());
      line.put("date", row.date());
      line.put("publisher", row.publisher());
      line.put("path", row.path());
      line.put("score", row.score());
      line.put("matches", row.matches());
      line.put("snippet", row.snippet());
      writer.write(Json.toJson(line));
      writer.write('\n');
    }

    /** Ends the download; closing the writer flushes it and completes the response. */
    void finish() throws IOException {
      if (writer == null) {
        start(0);
      }
      writer.close();
    }

    private static String nullToEmpty(String s) {
      return s == null ? "" : s;
    }
  }
}
