package org.articlesearch.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.io.Writer;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.articlesearch.search.Concordance;
import org.articlesearch.search.ConcordanceBuilder;
import org.articlesearch.search.ConcordanceOrder;
import org.articlesearch.search.InvalidQueryException;
import org.articlesearch.search.SearchRequest;
import org.articlesearch.search.SearchTimeoutException;

/**
 * {@code GET /api/concordance?articles=50&lines=20&order=left&format=csv} plus the search
 * parameters: every match of the query in the first articles of its results, with the text either
 * side.
 */
final class ConcordanceHandler implements HttpHandler {
  static final int DEFAULT_ARTICLES = 50;
  static final int DEFAULT_LINES = 20;
  static final int MAX_LINES = 200;
  static final List<String> COLUMNS =
      List.of("left", "match", "right", "title", "date", "id", "start");

  private final ConcordanceBuilder concordance;

  ConcordanceHandler(ConcordanceBuilder concordance) {
    this.concordance = concordance;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    Map<String, Deque<String>> params = exchange.getQueryParameters();
    SearchRequest request =
        SearchParameters.parse(params, Set.of("articles", "lines", "order", "format"));
    if (request.query().isEmpty()) {
      throw ApiException.badParameter(
          "missing_query", "Parameter 'q' is required: a concordance shows where a query matches.");
    }
    int articles =
        SearchParameters.integer(
            params, "articles", DEFAULT_ARTICLES, 1, SearchParameters.MAX_SIZE, "invalid_articles");
    int lines =
        SearchParameters.integer(params, "lines", DEFAULT_LINES, 1, MAX_LINES, "invalid_lines");
    String orderName = SearchParameters.single(params, "order", "article").strip();
    ConcordanceOrder order = ConcordanceOrder.parse(orderName);
    if (order == null) {
      throw ApiException.badParameter(
          "invalid_order",
          "Parameter 'order' must be 'article', 'date', 'left' or 'right'; got '"
              + orderName
              + "'.");
    }
    String format = SearchParameters.single(params, "format", "json").strip();
    if (!format.equals("json") && !format.equals("csv")) {
      throw ApiException.badParameter(
          "invalid_format", "Parameter 'format' must be 'json' or 'csv'; got '" + format + "'.");
    }
    try {
      Concordance found = concordance.build(request, articles, lines).sorted(order);
      if (format.equals("csv")) {
        sendCsv(exchange, found);
      } else {
        Json.send(exchange, 200, found);
      }
    } catch (InvalidQueryException e) {
      throw SearchHandler.badQuery(e);
    } catch (SearchTimeoutException e) {
      throw SearchHandler.timeout(e);
    }
  }

  /** Sends the lines as a CSV download, one line a row, in the order asked. */
  private static void sendCsv(HttpServerExchange exchange, Concordance found) throws IOException {
    try (Writer writer =
        ExportHandler.open(exchange, found.query(), "text/csv", "csv", found.lines().size())) {
      writer.write(CsvWriter.BYTE_ORDER_MARK);
      CsvWriter csv = new CsvWriter(writer);
      csv.write(COLUMNS);
      for (Concordance.Line line : found.lines()) {
        csv.write(
            List.of(
                line.left(),
                line.match(),
                line.right(),
                line.title() == null ? "" : line.title(),
                line.date() == null ? "" : line.date(),
                line.id(),
                Integer.toString(line.start())));
      }
    }
  }
}
