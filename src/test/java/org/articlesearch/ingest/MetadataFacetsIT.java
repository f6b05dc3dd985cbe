package org.articlesearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.articlesearch.article.Article;
import org.articlesearch.extract.FormatFixtures;
import org.articlesearch.extract.FormatFixtures.Format;
import org.articlesearch.index.LuceneArticleIndexWriter;
import org.articlesearch.search.FacetCount;
import org.articlesearch.search.LuceneArticleSearcher;
import org.articlesearch.search.SearchRequest;
import org.articlesearch.search.SearchResult;
import org.articlesearch.search.SortOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTML, PDF, DOCX and e-mail fixtures with known metadata, plus a web page whose metadata is only
 * in JSON-LD and one with a correcting sidecar, indexed by the real pipeline and read back as
 * facets.
 */
class MetadataFacetsIT {
  @TempDir static Path tmp;
  static IngestSummary summary;
  static LuceneArticleSearcher searcher;

  /**
   * A page whose title, authors, date and publisher are stated only in JSON-LD (the authors' names
   * shown in the text, not as a byline), with furniture around it.
   */
  private static final String JSON_LD_PAGE =
      """
      <!DOCTYPE html><html><head><title>Home</title>
      <script type="application/ld+json">
      {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": "Orchard Growers Report a Record Harvest",
         "datePublished": "2021-10-04T07:30:00+02:00",
         "author": [{"@type": "Person", "name": "MARTA KOWALSKA"}, {"@type": "Person", "name": "Dr. Leon Brandt"}],
         "publisher": {"@id": "#org"}},
        {"@type": "NewsMediaOrganization", "@id": "#org", "name": "Valley Courier"}]}
      </script></head>
      <body><nav><a href="/">Home</a> <a href="/farming">Farming</a></nav>
      <article><h1>Orchard Growers Report a Record Harvest</h1>
      <p>Apple growers in the Westvale district picked more fruit this autumn than in any year since
      records began, the regional growers' association said on Monday.</p>
      <p>Warm spring weather and a late, dry summer helped, growers said, although prices have fallen
      as a result of the glut across the whole region.</p>
      <p>Marta Kowalska and Dr. Leon Brandt reported from Westvale.</p></article>
      <div class="newsletter-signup">Sign up for our farming newsletter</div>
      <footer>Valley Courier 2021</footer></body></html>\
      """;

  /** A page the user corrected: the sidecar sets its authors and date. */
  private static final String CORRECTED_PAGE =
      """
      <html><head><meta property="og:site_name" content="Valley Courier">
      <meta name="author" content="Web Desk"></head>
      <body><article><h1>Ferry Service Returns After Repairs</h1>
      <p>The ferry between Westvale and Eastport carried its first passengers in three weeks on
      Saturday, after repairs to its engines took longer than the operator had planned.</p>
      </article></body></html>\
      """;

  @BeforeAll
  static void indexCorpus() throws Exception {
    Path corpus = Files.createDirectory(tmp.resolve("corpus"));
    for (Format format : List.of(Format.HTML, Format.PDF, Format.DOCX, Format.EML)) {
      FormatFixtures.write(format, corpus);
    }
    Files.writeString(corpus.resolve("harvest.html"), JSON_LD_PAGE, StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("ferry.html"), CORRECTED_PAGE, StandardCharsets.UTF_8);
    Files.writeString(
        corpus.resolve("ferry.meta.json"),
        "{\"authors\": [\"Nora Eide\"], \"date\": \"2022-05\"}",
        StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("broken.html"), CORRECTED_PAGE, StandardCharsets.UTF_8);
    Files.writeString(
        corpus.resolve("broken.html.meta.json"), "{\"authors\": ", StandardCharsets.UTF_8);
    Path index = tmp.resolve("index");
    try (ArticlePipeline pipeline = ArticlePipeline.withDefaults();
        LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.rebuild(index)) {
      summary = new CorpusIndexer(pipeline, 2).index(corpus, writer, outcome -> {});
    }
    searcher = LuceneArticleSearcher.open(index);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static String facet(String dimension) throws Exception {
    SearchResult all = searcher.search(new SearchRequest("", Map.of(), SortOrder.RELEVANCE, 1, 10));
    return all.facets().get(dimension).stream()
        .map(FacetCount::value)
        .sorted()
        .collect(Collectors.joining(", "));
  }

  private static Article article(String path) throws Exception {
    return searcher.document(ArticlePipeline.idFor(path)).orElseThrow();
  }

  @Test
  void indexesEveryArticleAndSkipsTheOneWithABrokenSidecarSayingWhy() {
    assertThat(summary.count(FileOutcome.Status.INDEXED)).isEqualTo(6);
    assertThat(summary.notIndexed())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.path()).isEqualTo("broken.html");
              assertThat(o.status()).isEqualTo(FileOutcome.Status.SKIPPED);
              assertThat(o.reason())
                  .startsWith("invalid sidecar: broken.html.meta.json: not valid JSON");
            });
  }

  @Test
  void authorFacetHoldsOnePersonNamePerAuthorInOneForm() throws Exception {
    assertThat(facet("author"))
        .isEqualTo(
            "Henrik Aalto, Leon Brandt, Lucía Fernández, Marisol Ocampo, Marta Kowalska, Nora Eide,"
                + " Priya Raman");
  }

  @Test
  void yearFacetHoldsThePublicationYears() throws Exception {
    assertThat(facet("year")).isEqualTo("2021, 2022, 2024");
  }

  @Test
  void publisherFacetHoldsTheSitesThatStateOne() throws Exception {
    // The PDF, DOCX and e-mail fixtures name no publisher.
    assertThat(facet("publisher")).isEqualTo("The Riverton Ledger, Valley Courier");
  }

  @Test
  void everyFormatKeepsTheProvenanceOfItsMetadata() throws Exception {
    assertThat(article("harbour-dredging.pdf").provenance())
        .containsEntry("authors", "meta:dc:creator")
        .containsEntry("date", "meta:dcterms:created");
    assertThat(article("port-strike-update.eml").provenance())
        .containsEntry("authors", "meta:dc:creator");
    assertThat(article("tram-line-approved.html").provenance())
        .containsEntry("title", "html:h1")
        .containsEntry("date", "meta:article:published_time");
  }

  @Test
  void aJsonLdOnlyPageKeepsItsFieldsAndTheirProvenance() throws Exception {
    Article harvest = article("harvest.html");

    assertThat(harvest.title()).isEqualTo("Orchard Growers Report a Record Harvest");
    assertThat(harvest.date().iso()).isEqualTo("2021-10-04");
    assertThat(harvest.publisher()).isEqualTo("Valley Courier");
    assertThat(harvest.provenance())
        .containsEntry("authors", "jsonld:author")
        .containsEntry("date", "jsonld:datePublished")
        .containsEntry("publisher", "jsonld:publisher");
    assertThat(harvest.body()).contains("Apple growers").doesNotContain("Sign up", "Farming");
  }

  @Test
  void aSidecarOverridesTheFieldsItSetsWithOverrideProvenance() throws Exception {
    Article ferry = article("ferry.html");

    assertThat(ferry.authors()).containsExactly("Nora Eide");
    assertThat(ferry.date().iso()).isEqualTo("2022-05");
    assertThat(ferry.title()).isEqualTo("Ferry Service Returns After Repairs");
    assertThat(ferry.provenance())
        .containsEntry("authors", "override")
        .containsEntry("date", "override")
        .containsEntry("title", "html:h1");
  }
}
