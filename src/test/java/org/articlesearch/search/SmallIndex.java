package org.articlesearch.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.articlesearch.article.Article;
import org.articlesearch.article.NamedEntity;
import org.articlesearch.article.PublicationDate;
import org.articlesearch.index.LuceneArticleIndexWriter;

/**
 * Hand-made articles written to a real index, for tests of the search stage without Tika or NER.
 */
final class SmallIndex {
  private SmallIndex() {}

  /** Returns an article by Ana Lima in the Herald. */
  static Article article(
      String id, String title, String body, String date, NamedEntity... entities) {
    return article(id, title, body, "Ana Lima", date, entities);
  }

  /** Returns an article in the Herald. */
  static Article article(
      String id, String title, String body, String author, String date, NamedEntity... entities) {
    return new Article(
        id,
        id + ".txt",
        title,
        List.of(author),
        date == null ? null : PublicationDate.parseIso(date),
        "Herald",
        body,
        List.of(entities),
        "text/plain",
        id,
        Map.of(),
        "en",
        null);
  }

  /** Writes the articles and commits: a new index, or added to the one in dir. */
  static void write(Path dir, boolean rebuild, Article... articles) throws Exception {
    try (LuceneArticleIndexWriter writer =
        rebuild ? LuceneArticleIndexWriter.rebuild(dir) : LuceneArticleIndexWriter.update(dir)) {
      for (Article a : articles) {
        writer.add(a);
      }
      writer.commit();
    }
  }

  /** Writes the articles to a new index in dir and opens a searcher on it. */
  static LuceneArticleSearcher searcherOver(Path dir, Article... articles) throws Exception {
    write(dir, true, articles);
    return LuceneArticleSearcher.open(dir);
  }
}
