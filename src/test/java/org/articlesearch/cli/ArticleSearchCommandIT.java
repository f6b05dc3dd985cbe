package org.articlesearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.articlesearch.testing.SeedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a user runs it: real files, real index, captured output. */
class ArticleSearchCommandIT {
  @TempDir Path tmp;

  record Run(int status, String out, String err) {}

  /** Runs the command line with captured output; shared with the other command tests. */
  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        ArticleSearchCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(status, out.toString(), err.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"index", "serve", "search", "extract", "relevance"})
  void everyCommandHasHelp(String command) {
    Run run = run(command, "--help");
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Usage: article-search " + command);
  }

  @Test
  void aWrongOptionIsOneClearLine() {
    Run run = run("index", "--bogus");
    assertThat(run.status()).isNotZero();
    assertThat(run.err().strip())
        .isEqualTo("article-search: Unknown option: '--bogus' (see 'article-search index --help')");
  }

  @Test
  void aMissingFileIsOneClearLine() {
    Run run = run("extract", "no/such/file.txt");
    assertThat(run.status()).isNotZero();
    assertThat(run.err().strip()).isEqualTo("article-search: no such file: no/such/file.txt");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void extractPrintsOneJsonObjectPerFileInTheScorersShape() {
    Run run =
        run(
            "extract",
            "--explain",
            "corpus/003_1b4e483194c528fc.txt",
            "corpus/001_ad67e7da5f91e0ce.txt");
    assertThat(run.status()).isZero();
    String[] lines = run.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    JsonObject first = JsonParser.parseString(lines[0]).getAsJsonObject();
    assertThat(first.keySet())
        .contains("file", "title", "authors", "date", "publisher", "entities", "provenance");
    assertThat(first.get("file").getAsString()).isEqualTo("corpus/003_1b4e483194c528fc.txt");
    assertThat(first.get("date").getAsString()).isEqualTo("2018-09-11");
    assertThat(first.get("publisher").getAsString()).isEqualTo("Daily Times");
    JsonObject entity = first.getAsJsonArray("entities").get(0).getAsJsonObject();
    assertThat(entity.keySet()).containsExactlyInAnyOrder("name", "type", "count");
    JsonObject second = JsonParser.parseString(lines[1]).getAsJsonObject();
    assertThat(second.get("date").isJsonNull()).isTrue();
    assertThat(second.getAsJsonArray("authors").get(0).getAsString())
        .isEqualTo("Muhammad Hamza Tanvir");
  }

  @Test
  void indexThenSearchFromTheTerminal() throws Exception {
    Path corpus = SeedCorpus.copyTo(Files.createDirectory(tmp.resolve("corpus")));
    Files.writeString(corpus.resolve("empty.txt"), "");
    Path index = tmp.resolve("index");

    Path report = tmp.resolve("report.jsonl");
    Run indexed =
        run(
            "index",
            "--corpus",
            corpus.toString(),
            "--index",
            index.toString(),
            "--report",
            report.toString());
    assertThat(indexed.status()).isZero();
    assertThat(indexed.out())
        .contains("Files seen: 6, indexed: 5, unchanged: 0, skipped: 1, failed: 0, removed: 0")
        .contains("skipped empty.txt: no text");
    assertThat(Files.readAllLines(report))
        .hasSize(6)
        .contains(
            "{\"path\":\"empty.txt\",\"status\":\"skipped\",\"reason\":\"no text: empty file\"}",
            "{\"path\":\"003_1b4e483194c528fc.txt\",\"status\":\"indexed\",\"reason\":null}");

    Run again = run("index", "--corpus", corpus.toString(), "--index", index.toString());
    assertThat(again.out()).contains("indexed: 0, unchanged: 5, skipped: 1");

    Run found =
        run("search", "Taliban", "--index", index.toString(), "--author", "Muhammad Hamza Tanvir");
    assertThat(found.status()).isZero();
    assertThat(found.out())
        .startsWith("1 results")
        .contains("Pakistan and Russia: Improving Bilateral Ties")
        .contains("*Taliban*");

    // Filter values in any case; --limit 0 prints the counts alone.
    Run counts =
        run(
            "search",
            "Taliban",
            "--index",
            index.toString(),
            "--author",
            "muhammad hamza tanvir",
            "--limit",
            "0");
    assertThat(counts.status()).isZero();
    assertThat(counts.out())
        .startsWith("1 results")
        .contains("author: ")
        .doesNotContain("Pakistan and Russia: Improving Bilateral Ties");

    Run bad = run("search", "\"Taliban", "--index", index.toString());
    assertThat(bad.status()).isZero();
    assertThat(bad.out())
        .startsWith("The closing quote is missing, so the words were searched on their own")
        .contains("4 results");

    Run typo = run("search", "talibam", "--index", index.toString());
    assertThat(typo.out()).startsWith("Showing results for: taliban").contains("4 results");

    Run tooBroad = run("search", "ab*", "--index", index.toString());
    assertThat(tooBroad.status()).isNotZero();
    assertThat(tooBroad.err()).startsWith("article-search: 'ab*' matches too many words");

    // Only the seed queries of the judged set have their articles in this index.
    Run relevance = run("relevance", "--index", index.toString());
    assertThat(relevance.status()).isZero();
    assertThat(relevance.out())
        .contains("seeds  rank 1    nDCG@10 1.000  détente")
        .endsWith(
            "6 queries (30 skipped: their articles are not in the index): success@1 1.000,"
                + " nDCG@10 1.000\n");
    assertThat(run("relevance", "--judgments", "no/such.jsonl").err())
        .startsWith("article-search: cannot read the judgments no/such.jsonl");
    Path elsewhere = tmp.resolve("elsewhere.jsonl");
    Files.writeString(
        elsewhere,
        "{\"query\": \"peace\", \"relevant\": [\"not-here.txt\"], \"corpus\": \"other\"}\n");
    Run wrongIndex =
        run("relevance", "--index", index.toString(), "--judgments", elsewhere.toString());
    assertThat(wrongIndex.status()).isNotZero();
    assertThat(wrongIndex.err())
        .startsWith("article-search: none of the 1 judged queries has its articles in this index");
  }

  @Test
  void entitiesAreListedAndCuratedThroughTheAliasFile() throws Exception {
    Path corpus = SeedCorpus.copyTo(Files.createDirectory(tmp.resolve("corpus")));
    Path index = tmp.resolve("index");
    Path aliases = tmp.resolve("aliases.tsv");
    assertThat(
            run(
                    "index",
                    "--corpus",
                    corpus.toString(),
                    "--index",
                    index.toString(),
                    "--aliases",
                    aliases.toString())
                .status())
        .isZero();

    Run listed = run("entities", "--index", index.toString(), "--type", "PERSON");
    assertThat(listed.out())
        .contains("Vladimir Putin")
        .containsPattern("Liaquat Ali Khan +1 articles +2 mentions +also: Khan");

    assertThat(
            run("entities", "merge", "Bush", "George W. Bush", "--aliases", aliases.toString())
                .status())
        .isZero();
    assertThat(run("entities", "hide", "Uri", "--aliases", aliases.toString()).status()).isZero();
    assertThat(
            run("entities", "type", "Kremlin", "ORGANIZATION", "--aliases", aliases.toString())
                .out())
        .contains("Added to");
    assertThat(Files.readString(aliases))
        .contains("merge\tBush\tGeorge W. Bush\n", "hide\tUri\n", "type\tKremlin\tORGANIZATION\n");

    Run reindexed =
        run(
            "index",
            "--corpus",
            corpus.toString(),
            "--index",
            index.toString(),
            "--aliases",
            aliases.toString());
    assertThat(reindexed.status()).isZero();
    Run after = run("entities", "--index", index.toString(), "--limit", "1000");
    assertThat(after.out())
        .contains("George W. Bush")
        .doesNotContain("Uri ")
        .doesNotContainPattern("\\n  Bush ");
    assertThat(after.out().split("LOCATION")[1]).doesNotContain("Kremlin");
  }

  @Test
  void noEntitiesIndexesWithoutRecognitionAndSwitchingBackRecognizesAgain() throws Exception {
    Path corpus = SeedCorpus.copyTo(Files.createDirectory(tmp.resolve("corpus")));
    Path index = tmp.resolve("index");
    Run plain =
        run("index", "--no-entities", "--corpus", corpus.toString(), "--index", index.toString());
    assertThat(plain.status()).isZero();
    assertThat(plain.out()).contains("indexed: 5, unchanged: 0");
    assertThat(run("entities", "--index", index.toString(), "--type", "PERSON").out())
        .doesNotContain("Vladimir Putin");
    assertThat(Files.exists(index.resolve(IndexCommand.RECOGNITION_CACHE))).isFalse();
    Run found = run("search", "Taliban", "--index", index.toString());
    assertThat(found.out()).startsWith("4 results").contains("*Taliban*");

    Run again =
        run("index", "--no-entities", "--corpus", corpus.toString(), "--index", index.toString());
    assertThat(again.out()).contains("indexed: 0, unchanged: 5");

    Run recognized = run("index", "--corpus", corpus.toString(), "--index", index.toString());
    assertThat(recognized.out()).contains("indexed: 5, unchanged: 0");
    assertThat(run("entities", "--index", index.toString(), "--type", "PERSON").out())
        .contains("Vladimir Putin");
  }

  @Test
  void searchWithoutAnIndexSaysSo() {
    Run run = run("search", "x", "--index", tmp.resolve("none").toString());
    assertThat(run.status()).isNotZero();
    assertThat(run.err()).contains("run the index command first");
  }
}
