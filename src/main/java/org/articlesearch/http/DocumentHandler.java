package org.articlesearch.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.PathTemplateMatch;
import java.io.IOException;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.articlesearch.article.Article;
import org.articlesearch.article.ArticleIds;
import org.articlesearch.article.ContainerFormat;
import org.articlesearch.article.ContainerPaths;
import org.articlesearch.article.NamedEntity;
import org.articlesearch.article.Span;
import org.articlesearch.search.ArticleSearcher;
import org.articlesearch.search.InvalidQueryException;
import org.articlesearch.search.KeywordContext;

/**
 * {@code GET /api/documents/{id}}: an article's metadata, provenance, text and entities, the
 * container it was found in and the members it holds.
 */
final class DocumentHandler implements HttpHandler {
  private final ArticleSearcher searcher;

  DocumentHandler(ArticleSearcher searcher) {
    this.searcher = searcher;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String id = documentId(exchange);
    Article article = searcher.document(id).orElseThrow(() -> notFound(id));
    Map<String, Deque<String>> params = exchange.getQueryParameters();
    SearchParameters.onlyKnown(params, Set.of("id", "q"));
    String q = SearchParameters.query(params);
    Map<String, Object> body = view(article);
    body.put("container", container(article));
    body.put("members", members(article));
    try {
      List<Span> hits = searcher.matches(id, q);
      body.put("hits", spans(hits));
      body.put("contexts", contexts(article.body(), hits));
    } catch (InvalidQueryException e) {
      throw SearchHandler.badQuery(e);
    }
    body.put("copies", CopiesHandler.copies(searcher, id));
    Json.send(exchange, 200, body);
  }

  /** Returns the document id of the path; a malformed one is a document that does not exist. */
  static String documentId(HttpServerExchange exchange) throws ApiException {
    String id = exchange.getAttachment(PathTemplateMatch.ATTACHMENT_KEY).getParameters().get("id");
    if (id == null || !id.matches("[0-9a-f]{1,64}")) {
      throw notFound(id);
    }
    return id;
  }

  /** Returns the 404 for an id no document has. */
  static ApiException notFound(String id) {
    return new ApiException(404, "document_not_found", "No document has the id '" + id + "'.");
  }

  /**
   * Returns the e-mail or archive the article was found in, with its title and how the article
   * relates to it (attachment, archive or message), or null when it is a file of its own.
   */
  private Map<String, Object> container(Article article) throws IOException {
    Optional<String> path = ContainerPaths.containerOf(article.path());
    if (path.isEmpty()) {
      return null;
    }
    String id = ArticleIds.of(path.get());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("path", path.get());
    out.put("title", searcher.document(id).map(Article::title).orElse(null));
    out.put("relation", ContainerFormat.of(path.get()).map(f -> f.holding().code()).orElse(null));
    return out;
  }

  /** Returns the members a container holds, each with its id and its name inside it. */
  private static List<Map<String, Object>> members(Article article) {
    String prefix = article.path() + ContainerPaths.SEPARATOR;
    return article.members().stream()
        .map(
            member -> {
              Map<String, Object> out = new LinkedHashMap<>();
              out.put("id", ArticleIds.of(member));
              out.put("path", member);
              out.put(
                  "name", member.startsWith(prefix) ? member.substring(prefix.length()) : member);
              return out;
            })
        .toList();
  }

  /** Returns spans as {@code [start, end)} pairs. */
  private static List<int[]> spans(List<Span> spans) {
    return spans.stream().map(s -> new int[] {s.start(), s.end()}).toList();
  }

  /** Returns each hit's text either side, as the concordance shows it, in the order of hits. */
  private static List<Map<String, String>> contexts(String text, List<Span> hits) {
    if (text == null) {
      return List.of();
    }
    return hits.stream()
        .map(
            h ->
                Map.of(
                    "left", KeywordContext.left(text, h.start()),
                    "match", KeywordContext.match(text, h),
                    "right", KeywordContext.right(text, h.end())))
        .toList();
  }

  private static Map<String, Object> entity(NamedEntity e) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", e.name());
    out.put("type", e.type().name());
    out.put("count", e.count());
    out.put("variants", e.variants());
    // Offsets into "text", as [start, end) pairs, for highlighting.
    out.put("mentions", spans(e.mentions()));
    return out;
  }

  private static Map<String, Object> view(Article a) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", a.id());
    out.put("path", a.path());
    out.put("title", a.title());
    out.put("authors", a.authors());
    out.put("date", a.date() == null ? null : a.date().iso());
    out.put("publisher", a.publisher());
    out.put("url", a.url());
    out.put("contentType", a.contentType());
    out.put("language", a.language());
    out.put("provenance", a.provenance());
    out.put("entities", a.entities().stream().map(DocumentHandler::entity).toList());
    out.put("text", a.body());
    return out;
  }
}
