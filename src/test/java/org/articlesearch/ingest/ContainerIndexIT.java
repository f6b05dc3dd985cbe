package org.articlesearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.articlesearch.article.Article;
import org.articlesearch.index.LuceneArticleIndexWriter;
import org.articlesearch.search.LuceneArticleSearcher;
import org.articlesearch.search.SearchHit;
import org.articlesearch.search.SearchRequest;
import org.articlesearch.search.SortOrder;
import org.articlesearch.testing.ContainerFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * E-mails and archives in a corpus: each member that is a document is an article of its own, linked
 * to its container; limits refuse a file with a named reason; a container is one file to an
 * incremental run.
 */
class ContainerIndexIT {
  @TempDir static Path tmp;
  static ArticlePipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = ArticlePipeline.withoutRecognition();
  }

  @AfterAll
  static void close() {
    pipeline.close();
  }

  private static IngestSummary run(Path corpus, Path index, boolean incremental) throws Exception {
    try (LuceneArticleIndexWriter writer =
        incremental
            ? LuceneArticleIndexWriter.update(index)
            : LuceneArticleIndexWriter.rebuild(index)) {
      return new CorpusIndexer(pipeline, 2)
          .index(corpus, writer, incremental, Map.of(), outcome -> {});
    }
  }

  /** Every article of the index by path. */
  private static Map<String, Article> articles(Path index) throws Exception {
    Map<String, Article> byPath = new TreeMap<>();
    try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(index)) {
      for (SearchHit hit :
          searcher
              .search(
                  // Every article: members of several containers may be copies of one another.
                  new SearchRequest(
                      "", Map.of(), SortOrder.RELEVANCE, 1, 100, null, null, false, false))
              .hits()) {
        Article a = searcher.document(hit.id()).orElseThrow();
        byPath.put(a.path(), a);
      }
    }
    return byPath;
  }

  /** Each outcome as "status path: reason", in path order. */
  private static List<String> outcomes(IngestSummary summary) {
    return summary.outcomes().stream()
        .map(o -> o.status() + " " + o.path() + (o.reason() == null ? "" : ": " + o.reason()))
        .toList();
  }

  @Test
  void anEmailsAttachmentIsAnArticleOfItsOwnByItsOwnAuthor() throws Exception {
    Path corpus = Files.createDirectory(tmp.resolve("mail"));
    ContainerFixtures.write(corpus, "desk/contract.eml", ContainerFixtures.mailWithPdf());
    Path index = tmp.resolve("mail-index");

    assertThat(outcomes(run(corpus, index, false)))
        .containsExactly(
            "INDEXED desk/contract.eml", "INDEXED desk/contract.eml!/harbour-dredging.pdf");
    Map<String, Article> articles = articles(index);
    assertThat(articles)
        .containsOnlyKeys("desk/contract.eml", "desk/contract.eml!/harbour-dredging.pdf");
    Article mail = articles.get("desk/contract.eml");
    assertThat(mail.title()).isEqualTo(ContainerFixtures.MAIL_SUBJECT);
    assertThat(mail.authors()).containsExactly(ContainerFixtures.MAIL_SENDER);
    assertThat(mail.body()).contains("signed dredging contract").doesNotContain("Nordvik");
    assertThat(mail.members()).containsExactly("desk/contract.eml!/harbour-dredging.pdf");
    Article pdf = articles.get("desk/contract.eml!/harbour-dredging.pdf");
    assertThat(pdf.title()).isEqualTo("Harbour Dredging Contract Awarded to Nordvik Marine");
    assertThat(pdf.authors()).containsExactly("Henrik Aalto");
    assertThat(pdf.id())
        .isEqualTo(ArticlePipeline.idFor("desk/contract.eml!/harbour-dredging.pdf"));
  }

  @Test
  void aZipOfThreeArticlesAndANestedZipGivesAnArticleForEach() throws Exception {
    Path corpus = Files.createDirectory(tmp.resolve("zip"));
    ContainerFixtures.write(corpus, "june.zip", ContainerFixtures.zipWithNestedZip());
    Path index = tmp.resolve("zip-index");

    assertThat(outcomes(run(corpus, index, false)))
        .containsExactly(
            "INDEXED june.zip",
            "INDEXED june.zip!/ferry.txt",
            "INDEXED june.zip!/more/inner.zip",
            "INDEXED june.zip!/more/inner.zip!/lighthouse.txt",
            "INDEXED june.zip!/reports/bridge.txt",
            "INDEXED june.zip!/tram.txt");
    Map<String, Article> articles = articles(index);
    assertThat(articles.get("june.zip").members())
        .containsExactly(
            "june.zip!/tram.txt",
            "june.zip!/ferry.txt",
            "june.zip!/reports/bridge.txt",
            "june.zip!/more/inner.zip");
    assertThat(articles.get("june.zip!/more/inner.zip").members())
        .containsExactly("june.zip!/more/inner.zip!/lighthouse.txt");
    Map<String, List<String>> authors = new TreeMap<>();
    articles.forEach((path, a) -> authors.put(path, a.authors()));
    assertThat(authors)
        .containsEntry("june.zip!/tram.txt", List.of("Petra Lindqvist"))
        .containsEntry("june.zip!/ferry.txt", List.of("Tomasz Wierzbicki"))
        .containsEntry("june.zip!/reports/bridge.txt", List.of("Amara Okonkwo"))
        .containsEntry("june.zip!/more/inner.zip!/lighthouse.txt", List.of("Ingrid Solheim"))
        .containsEntry("june.zip", List.of());
    assertThat(articles.get("june.zip!/ferry.txt").title())
        .isEqualTo("Ferry Operator Adds Winter Crossings");
  }

  @Test
  void aSidecarCorrectsTheContainersOwnArticleOnly() throws Exception {
    Path corpus = Files.createDirectory(tmp.resolve("sidecar"));
    ContainerFixtures.write(corpus, "june.zip", ContainerFixtures.zipWithNestedZip());
    Files.writeString(
        corpus.resolve("june.zip.meta.json"), "{\"title\": \"June coverage, Skerry desk\"}");
    Path index = tmp.resolve("sidecar-index");

    run(corpus, index, false);

    Map<String, Article> articles = articles(index);
    assertThat(articles.get("june.zip").title()).isEqualTo("June coverage, Skerry desk");
    assertThat(articles.get("june.zip!/tram.txt").title())
        .isEqualTo("Tram Line Extension Approved by Council");
  }

  @Test
  void tarTarGzSevenZipAndMailboxHoldArticlesToo() throws Exception {
    Path corpus = Files.createDirectory(tmp.resolve("formats"));
    Map<String, byte[]> one = Map.of("tram.txt", ContainerFixtures.threeArticles().get("tram.txt"));
    ContainerFixtures.write(corpus, "a.tar", ContainerFixtures.tar(one, false));
    ContainerFixtures.write(corpus, "b.tar.gz", ContainerFixtures.tar(one, true));
    ContainerFixtures.sevenZ(corpus.resolve("c.7z"), one);
    byte[] message = ContainerFixtures.mailWithPdf();
    ByteArrayOutputStream mbox = new ByteArrayOutputStream();
    mbox.write(
        "From desk@gazette.example Thu Jun 20 09:30:00 2024\n".getBytes(StandardCharsets.UTF_8));
    mbox.write(
        new String(message, StandardCharsets.UTF_8)
            .replace("\r\n", "\n")
            .getBytes(StandardCharsets.UTF_8));
    ContainerFixtures.write(corpus, "d.mbox", mbox.toByteArray());
    Path index = tmp.resolve("formats-index");

    IngestSummary summary = run(corpus, index, false);

    assertThat(outcomes(summary))
        .containsExactly(
            "INDEXED a.tar",
            "INDEXED a.tar!/tram.txt",
            "INDEXED b.tar.gz",
            "INDEXED b.tar.gz!/tram.txt",
            "INDEXED c.7z",
            "INDEXED c.7z!/tram.txt",
            "INDEXED d.mbox",
            "INDEXED d.mbox!/message-1.eml",
            "INDEXED d.mbox!/message-1.eml!/harbour-dredging.pdf");
    Map<String, Article> articles = articles(index);
    assertThat(articles.get("c.7z!/tram.txt").authors()).containsExactly("Petra Lindqvist");
    assertThat(articles.get("d.mbox!/message-1.eml").title())
        .isEqualTo(ContainerFixtures.MAIL_SUBJECT);
    assertThat(articles.get("d.mbox!/message-1.eml!/harbour-dredging.pdf").authors())
        .containsExactly("Henrik Aalto");
  }

  @Test
  void zipBombsFlatAndNestedAreRefusedAndNothingElseIsLost() throws Exception {
    Path corpus = Files.createDirectory(tmp.resolve("bombs"));
    ContainerFixtures.write(corpus, "flat-bomb.zip", ContainerFixtures.flatBomb(3L << 30));
    ContainerFixtures.write(corpus, "nested-bomb.zip", ContainerFixtures.nestedBomb(4, 1L << 30));
    ContainerFixtures.write(corpus, "june.zip", ContainerFixtures.zipWithNestedZip());
    ContainerFixtures.write(
        corpus, "plain.txt", ContainerFixtures.threeArticles().get("ferry.txt"));
    Path index = tmp.resolve("bombs-index");

    IngestSummary summary = run(corpus, index, false);

    List<String> outcomes = outcomes(summary);
    assertThat(outcomes)
        .filteredOn(o -> o.contains("bomb.zip"))
        .containsExactly(
            "SKIPPED flat-bomb.zip: zip bomb: unpacks to more than 100 times its "
                + Files.size(corpus.resolve("flat-bomb.zip"))
                + " bytes; not read further",
            "SKIPPED nested-bomb.zip: zip bomb: unpacks to more than 100 times its "
                + Files.size(corpus.resolve("nested-bomb.zip"))
                + " bytes; not read further");
    assertThat(summary.count(FileOutcome.Status.INDEXED)).isEqualTo(7);
    assertThat(articles(index).keySet())
        .containsExactly(
            "june.zip",
            "june.zip!/ferry.txt",
            "june.zip!/more/inner.zip",
            "june.zip!/more/inner.zip!/lighthouse.txt",
            "june.zip!/reports/bridge.txt",
            "june.zip!/tram.txt",
            "plain.txt");
  }

  @Test
  void eachLimitIsNamedInTheSummary() throws Exception {
    Path corpus = Files.createDirectory(tmp.resolve("limits"));
    byte[] article = ContainerFixtures.threeArticles().get("tram.txt");
    // Five ZIPs, each inside the next: the fourth's members would lie five containers deep.
    byte[] nested = ContainerFixtures.zip(Map.of("deep.txt", article));
    for (int i = 5; i >= 1; i--) {
      nested = ContainerFixtures.zip(Map.of("level-" + i + ".zip", nested));
    }
    ContainerFixtures.write(corpus, "deep.zip", nested);
    ContainerFixtures.write(corpus, "odd.zip", oddMembers(article));
    Map<String, byte[]> many = new LinkedHashMap<>();
    for (int i = 0; i <= 10_000; i++) {
      many.put("m" + i + ".txt", new byte[0]);
    }
    ContainerFixtures.write(corpus, "many.zip", ContainerFixtures.zip(many));
    Path index = tmp.resolve("limits-index");

    List<String> outcomes = outcomes(run(corpus, index, false));

    assertThat(outcomes)
        .contains(
            "INDEXED deep.zip!/level-1.zip!/level-2.zip!/level-3.zip",
            "SKIPPED deep.zip!/level-1.zip!/level-2.zip!/level-3.zip!/level-4.zip:"
                + " nested too deep: its members would lie more than 4 containers deep",
            "SKIPPED many.zip: too many members: more than 10000 members",
            "SKIPPED odd.zip!/../escape.txt: path leaves the archive: not read",
            "SKIPPED odd.zip!/secret.txt: encrypted: password-protected",
            "INDEXED odd.zip!/fine.txt");
    assertThat(outcomes).noneMatch(o -> o.startsWith("INDEXED many.zip"));
  }

  /** A ZIP with a member that climbs out of it, one marked encrypted, and a readable one. */
  private static byte[] oddMembers(byte[] article) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      zip.putArchiveEntry(new ZipArchiveEntry("../escape.txt"));
      zip.write(article);
      zip.closeArchiveEntry();
      zip.putArchiveEntry(new ZipArchiveEntry("secret.txt"));
      zip.write(article);
      zip.closeArchiveEntry();
      zip.putArchiveEntry(new ZipArchiveEntry("fine.txt"));
      zip.write(article);
      zip.closeArchiveEntry();
    }
    return ContainerFixtures.markedEncrypted(bytes.toByteArray(), "secret.txt");
  }

  @Test
  void anIncrementalRunTreatsAContainerAsOneFile() throws Exception {
    Path corpus = Files.createDirectory(tmp.resolve("incremental"));
    Path zip = ContainerFixtures.write(corpus, "june.zip", ContainerFixtures.zipWithNestedZip());
    ContainerFixtures.write(corpus, "desk/contract.eml", ContainerFixtures.mailWithPdf());
    Path index = tmp.resolve("incremental-index");
    assertThat(run(corpus, index, true).count(FileOutcome.Status.INDEXED)).isEqualTo(8);

    IngestSummary again = run(corpus, index, true);
    assertThat(again.count(FileOutcome.Status.INDEXED)).isZero();
    assertThat(again.count(FileOutcome.Status.REMOVED)).isZero();

    // Touched, same bytes: still nothing read, nothing removed.
    Files.setLastModifiedTime(zip, FileTime.from(Instant.now().plusSeconds(5)));
    IngestSummary touched = run(corpus, index, true);
    assertThat(outcomes(touched))
        .containsExactly("UNCHANGED desk/contract.eml", "UNCHANGED june.zip");
    assertThat(articles(index)).hasSize(8);

    // Changed: one member replaced, one gone, one added.
    Map<String, byte[]> members = new LinkedHashMap<>(ContainerFixtures.threeArticles());
    members.remove("ferry.txt");
    members.put(
        "tram.txt",
        ContainerFixtures.article(
            "Tram Extension Delayed by a Year", "Petra Lindqvist", "The tram line waits."));
    members.put(
        "more/inner.zip",
        ContainerFixtures.zip(Map.of("lighthouse.txt", ContainerFixtures.nestedArticle())));
    members.put(
        "harbour.txt",
        ContainerFixtures.article("Harbour Fees Rise", "Kalle Nyström", "Fees rise in July."));
    ContainerFixtures.write(corpus, "june.zip", ContainerFixtures.zip(members));
    IngestSummary changed = run(corpus, index, true);
    assertThat(outcomes(changed))
        .containsExactly(
            "UNCHANGED desk/contract.eml",
            "INDEXED june.zip",
            "REMOVED june.zip!/ferry.txt: no longer in june.zip",
            "INDEXED june.zip!/harbour.txt",
            "INDEXED june.zip!/more/inner.zip",
            "INDEXED june.zip!/more/inner.zip!/lighthouse.txt",
            "INDEXED june.zip!/reports/bridge.txt",
            "INDEXED june.zip!/tram.txt");
    Map<String, Article> incremental = articles(index);
    assertThat(incremental.get("june.zip!/tram.txt").title())
        .isEqualTo("Tram Extension Delayed by a Year");

    Path full = tmp.resolve("incremental-full");
    run(corpus, full, false);
    assertThat(incremental.toString()).isEqualTo(articles(full).toString());
  }
}
