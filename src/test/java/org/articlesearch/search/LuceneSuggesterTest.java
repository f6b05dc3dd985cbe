package org.articlesearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.articlesearch.article.Article;
import org.articlesearch.article.EntityType;
import org.articlesearch.article.NamedEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autocomplete on a hand-made index: word starts, folding, ranking, a new commit. */
class LuceneSuggesterTest {
  @TempDir Path dir;

  private static Article article(String id, String title, String author, NamedEntity... entities) {
    return SmallIndex.article(id, title, "Body of " + title, author, "2019-05-01", entities);
  }

  private static NamedEntity entity(String name, EntityType type) {
    return new NamedEntity(name, type, 1, List.of(name), List.of());
  }

  private void index(boolean rebuild, Article... articles) throws Exception {
    SmallIndex.write(dir, rebuild, articles);
  }

  @Test
  void suggestsWordStartsOfTitlesAuthorsAndEntitiesMostArticlesFirst() throws Exception {
    index(
        true,
        article(
            "a1", "Musharraf returns", "Ana Lima", entity("Pervez Musharraf", EntityType.PERSON)),
        article("a2", "Harbour plan", "Ana Lima", entity("Pervez Musharraf", EntityType.PERSON)),
        article(
            "a3", "Ferry strike", "Musa Khan", entity("Mushroom Board", EntityType.ORGANIZATION)));
    try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(dir)) {
      List<Suggestion> mus = searcher.suggest("mus", 8);
      // Two articles mention Musharraf; the rest have one each.
      assertThat(mus.getFirst()).isEqualTo(new Suggestion("Pervez Musharraf", "person"));
      assertThat(mus.subList(1, mus.size()))
          .containsExactlyInAnyOrder(
              new Suggestion("Musa Khan", "author"),
              new Suggestion("Mushroom Board", "organization"),
              new Suggestion("Musharraf returns", "title"));
      assertThat(searcher.suggest("MÜSHARR", 8))
          .containsExactly(
              new Suggestion("Pervez Musharraf", "person"),
              new Suggestion("Musharraf returns", "title"));
      assertThat(searcher.suggest("pervez mu", 8))
          .containsExactly(new Suggestion("Pervez Musharraf", "person"));
      assertThat(searcher.suggest("arraf", 8)).isEmpty(); // word starts only
      assertThat(searcher.suggest("mus", 1)).hasSize(1);
      assertThat(searcher.suggest(" -- ", 8)).isEmpty();
    }
  }

  @Test
  void followsANewlyCommittedIndex() throws Exception {
    index(true, article("a1", "Harbour plan", "Ana Lima"));
    try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(dir)) {
      assertThat(searcher.suggest("zan", 8)).isEmpty();
      index(false, article("a2", "Zanzibar ferries", "Omar Haddad"));
      List<Suggestion> found = List.of();
      for (int i = 0; i < 100 && found.isEmpty(); i++) {
        Thread.sleep(100);
        found = searcher.suggest("zan", 8);
      }
      assertThat(found).containsExactly(new Suggestion("Zanzibar ferries", "title"));
    }
  }
}
