package org.articlesearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.articlesearch.testing.AddressArchiveCorpus;
import org.articlesearch.testing.ApiClient;
import org.articlesearch.testing.SeedServer;
import org.junit.jupiter.api.Test;

/**
 * A word of the query that names an author counts for that author's articles, over 232 yearly
 * addresses: Stanhope's own addresses on slavery never write his name, two later ones do.
 */
class AuthorWordsIT {
  private static final ApiClient API = new ApiClient(SeedServer.archive().url());

  private static List<String> hits(String query) throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonElement e :
        API.getJson("/api/search?size=20&q=" + query, 200).getAsJsonArray("hits")) {
      JsonObject hit = e.getAsJsonObject();
      out.add(
          hit.getAsJsonArray("authors").get(0).getAsString() + " " + hit.get("date").getAsString());
    }
    return out;
  }

  @Test
  void aWordNamingAnAuthorFindsAndRanksFirstTheirOwnArticles() throws Exception {
    String stanhope = AddressArchiveCorpus.STANHOPE;
    List<String> hits = hits("stanhope+slavery");
    assertThat(hits).hasSize(6);
    assertThat(hits.subList(0, 4))
        .as("his own addresses first")
        .containsExactlyInAnyOrder(
            stanhope + " 1862-12-01",
            stanhope + " 1863-12-01",
            stanhope + " 1864-12-01",
            stanhope + " 1865-12-01");
    assertThat(hits.subList(4, 6))
        .containsExactlyInAnyOrder(
            AddressArchiveCorpus.speaker(1976) + " 1976-12-01",
            AddressArchiveCorpus.speaker(2006) + " 2006-12-01");
  }

  @Test
  void aQuotedWordOrAFieldStaysWhatItSays() throws Exception {
    assertThat(hits("%22stanhope%22+slavery")).hasSize(2);
    assertThat(hits("title:stanhope")).isEmpty();
  }
}
