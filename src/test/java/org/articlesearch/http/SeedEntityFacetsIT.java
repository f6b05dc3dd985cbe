package org.articlesearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.articlesearch.testing.SeedServer;
import org.junit.jupiter.api.Test;

/**
 * The full entity facet lists of the seed corpus, compared as one text with a committed golden
 * file: any change in recognition or folding shows as a readable diff. After an intended change,
 * regenerate with {@code -Dgolden.update=true} and review the diff before committing.
 */
class SeedEntityFacetsIT {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/seed-entity-facets.txt");

  @Test
  void entityFacetsOfTheSeedCorpusMatchTheGoldenFile() throws Exception {
    StringBuilder actual = new StringBuilder();
    for (String type : new String[] {"person", "organization", "location"}) {
      String url = SeedServer.get().url() + "/api/entities?type=" + type + "&size=1000";
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url)).build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(response.statusCode()).isEqualTo(200);
      JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
      actual.append(type).append(":\n");
      for (JsonElement v : body.getAsJsonArray("values")) {
        actual
            .append("  ")
            .append(v.getAsJsonObject().get("value").getAsString())
            .append(" (")
            .append(v.getAsJsonObject().get("count").getAsLong())
            .append(")\n");
      }
    }
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual.toString()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }
}
