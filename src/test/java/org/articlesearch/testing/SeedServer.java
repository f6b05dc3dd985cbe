package org.articlesearch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.articlesearch.extract.ScanFixtures;
import org.articlesearch.http.SearchServer;
import org.articlesearch.index.LuceneArticleIndexWriter;
import org.articlesearch.ingest.ArticlePipeline;
import org.articlesearch.ingest.CorpusIndexer;
import org.articlesearch.ingest.IngestSummary;
import org.articlesearch.search.LuceneArticleSearcher;

/**
 * The seed corpus (or the page tests' harbour corpus) indexed by the real pipeline and served on an
 * ephemeral port, built once per test JVM and shared by the integration tests that only read from
 * it.
 */
public final class SeedServer {
  /**
   * The page tests' own corpus: thirteen harbour news articles over 2014–2019 and two undated, and
   * one of 2020 naming fifteen places.
   */
  public static final Path HARBOUR_CORPUS =
      Path.of("src/test/resources/org/articlesearch/web/corpus");

  private static SeedServer instance;
  private static SeedServer harbour;
  private static SeedServer century;
  private static SeedServer scans;
  private static SeedServer mentions;
  private static SeedServer containers;
  private static SeedServer languages;
  private static SeedServer archive;
  private static SeedServer copies;

  private final IngestSummary summary;
  private final LuceneArticleSearcher searcher;
  private final SearchServer server;

  private SeedServer(IngestSummary summary, LuceneArticleSearcher searcher, SearchServer server) {
    this.summary = summary;
    this.searcher = searcher;
    this.server = server;
  }

  /** Returns the shared server, indexing and starting it on first use. */
  public static synchronized SeedServer get() {
    if (instance == null) {
      instance = serve(SeedCorpus::copyTo);
    }
    return instance;
  }

  /**
   * Returns the shared server over {@link #HARBOUR_CORPUS}, indexing and starting it on first use.
   */
  public static synchronized SeedServer harbour() {
    if (harbour == null) {
      harbour = serve(dir -> copyAll(HARBOUR_CORPUS, dir));
    }
    return harbour;
  }

  /**
   * Returns the shared server over {@link YearSpanCorpus}: addresses from 1900 to 2021, too many
   * years for a bar each; indexed without entity recognition, which it does not need.
   */
  public static synchronized SeedServer century() {
    if (century == null) {
      century = serve(YearSpanCorpus::writeTo, ArticlePipeline::withoutRecognition);
    }
    return century;
  }

  /**
   * Returns the shared server over {@link MentionsCorpus}: three hundred addresses whose mentions
   * of a few words follow the year; indexed without entity recognition, which it does not need.
   */
  public static synchronized SeedServer mentions() {
    if (mentions == null) {
      mentions = serve(MentionsCorpus::writeTo, ArticlePipeline::withoutRecognition);
    }
    return mentions;
  }

  /**
   * Returns the shared server over {@link AddressArchiveCorpus}: 232 addresses, more years and
   * speakers than a facet lists; indexed without entity recognition, which it does not need.
   */
  public static synchronized SeedServer archive() {
    if (archive == null) {
      archive = serve(AddressArchiveCorpus::writeTo, ArticlePipeline::withoutRecognition);
    }
    return archive;
  }

  /**
   * Returns the shared server over a scanned clipping (an image read by OCR) and a plain note;
   * indexed without entity recognition, which it does not need.
   */
  public static synchronized SeedServer scans() {
    if (scans == null) {
      scans = serve(SeedServer::writeScans, ArticlePipeline::withoutRecognition);
    }
    return scans;
  }

  /**
   * Returns the shared server over an e-mail with a PDF attached and a ZIP of three articles and a
   * nested ZIP; indexed without entity recognition, which it does not need.
   */
  public static synchronized SeedServer containers() {
    if (containers == null) {
      containers = serve(SeedServer::writeContainers, ArticlePipeline::withoutRecognition);
    }
    return containers;
  }

  private static Path writeContainers(Path dir) {
    try {
      ContainerFixtures.write(dir, "desk/contract.eml", ContainerFixtures.mailWithPdf());
      ContainerFixtures.write(dir, "june.zip", ContainerFixtures.zipWithNestedZip());
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the shared server over {@link LanguageCorpus}: a German, a French, an Urdu and an
   * English article, indexed without entity recognition.
   */
  public static synchronized SeedServer languages() {
    if (languages == null) {
      languages = serve(LanguageCorpus::copyTo, ArticlePipeline::withoutRecognition);
    }
    return languages;
  }

  /**
   * Returns the shared server over one wire story as three outlets printed it, and another story on
   * the same storm ({@link SyndicatedCopies}); indexed without entity recognition.
   */
  public static synchronized SeedServer copies() {
    if (copies == null) {
      copies =
          serve(
              dir -> {
                try {
                  SyndicatedCopies.writeTo(dir);
                  return dir;
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              },
              ArticlePipeline::withoutRecognition);
    }
    return copies;
  }

  private static Path writeScans(Path dir) {
    try {
      ScanFixtures.png(
          dir.resolve("clipping.png"),
          "Ferry fares rise on the northern routes",
          "By Ines Harrow",
          "The island council approved the new ferry timetable on Monday.");
      Files.writeString(dir.resolve("note.txt"), "A plain note about the harbour timetable.\n");
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies every file of a folder into another and returns that one. */
  static Path copyAll(Path from, Path to) {
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Indexes the corpus that fill writes into an empty folder, with the real pipeline, and serves
   * it.
   */
  private static SeedServer serve(UnaryOperator<Path> fill) {
    return serve(fill, ArticlePipeline::withDefaults);
  }

  private static SeedServer serve(UnaryOperator<Path> fill, Supplier<ArticlePipeline> pipelines) {
    try {
      Path dir = Files.createTempDirectory("seed-server");
      Path corpus = fill.apply(Files.createDirectory(dir.resolve("corpus")));
      Path index = dir.resolve("index");
      IngestSummary summary;
      try (ArticlePipeline pipeline = pipelines.get();
          LuceneArticleIndexWriter writer = LuceneArticleIndexWriter.rebuild(index)) {
        summary = new CorpusIndexer(pipeline, 2).index(corpus, writer, outcome -> {});
      }
      LuceneArticleSearcher searcher = LuceneArticleSearcher.open(index);
      return new SeedServer(summary, searcher, SearchServer.start(searcher, "127.0.0.1", 0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public IngestSummary summary() {
    return summary;
  }

  /** Returns the base URL, e.g. {@code http://127.0.0.1:41234}. */
  public String url() {
    return "http://127.0.0.1:" + server.port();
  }

  public int port() {
    return server.port();
  }
}
