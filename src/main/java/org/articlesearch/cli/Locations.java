package org.articlesearch.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.articlesearch.opensearch.OpenSearchConfig;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The folder and file options several commands share, declared once (picocli mixins). */
final class Locations {
  private Locations() {}

  /** {@code --index DIR}. */
  static final class IndexFolder {
    @Option(
        names = "--index",
        description = "Index folder (default: ${DEFAULT-VALUE}).",
        defaultValue = "index")
    Path path;
  }

  /** {@code --corpus DIR}. */
  static final class CorpusFolder {
    @Option(
        names = "--corpus",
        description = "Folder of article files (default: ${DEFAULT-VALUE}).",
        defaultValue = "corpus")
    Path path;
  }

  /** {@code --aliases FILE}. */
  static final class AliasFile {
    @Option(
        names = "--aliases",
        description = "Entity alias file, applied when present (default: ${DEFAULT-VALUE}).",
        defaultValue = "aliases.tsv")
    Path path;
  }

  /**
   * Where the articles are kept: the local index folder (the default) or an OpenSearch cluster,
   * {@code --backend opensearch --opensearch URL[,URL...]}.
   */
  static final class Backend {
    /** The engines an index can live in. */
    enum Kind {
      LUCENE,
      OPENSEARCH
    }

    @Option(
        names = "--backend",
        description =
            "Where the index lives: lucene (the --index folder) or opensearch (a cluster at"
                + " --opensearch) (default: ${DEFAULT-VALUE}).",
        defaultValue = "lucene",
        converter = KindConverter.class)
    Kind kind;

    @Option(
        names = "--opensearch",
        paramLabel = "URL[,URL...]",
        description = "HTTP addresses of the OpenSearch cluster's nodes, for --backend opensearch.")
    String urls;

    @Option(
        names = "--opensearch-index",
        paramLabel = "NAME",
        description = "OpenSearch index name (default: ${DEFAULT-VALUE}).",
        defaultValue = OpenSearchConfig.DEFAULT_INDEX)
    String indexName;

    @Option(
        names = "--shards",
        description =
            "Primary shards when the OpenSearch index is created (default: ${DEFAULT-VALUE}).",
        defaultValue = "1")
    int shards;

    @Option(
        names = "--replicas",
        description =
            "Copies of each shard when the OpenSearch index is created; 1 or more survives losing"
                + " a node (default: ${DEFAULT-VALUE}).",
        defaultValue = "1")
    int replicas;

    /** Returns the cluster to use, or empty for the local index. */
    Optional<OpenSearchConfig> openSearch() {
      if (kind == Kind.LUCENE) {
        if (urls != null && !urls.isBlank()) {
          throw new UserException(
              "--opensearch is given but --backend is lucene; add --backend opensearch");
        }
        return Optional.empty();
      }
      if (urls == null || urls.isBlank()) {
        throw new UserException(
            "--backend opensearch needs --opensearch URL (or ARTICLE_SEARCH_OPENSEARCH), e.g."
                + " http://127.0.0.1:9200");
      }
      try {
        return Optional.of(
            new OpenSearchConfig(OpenSearchConfig.parseHosts(urls), indexName, shards, replicas));
      } catch (IllegalArgumentException e) {
        throw new UserException(e.getMessage());
      }
    }

    /** Accepts the backend's name in any case. */
    static final class KindConverter implements ITypeConverter<Kind> {
      @Override
      public Kind convert(String value) {
        for (Kind kind : Kind.values()) {
          if (kind.name().equalsIgnoreCase(value.strip())) {
            return kind;
          }
        }
        throw new TypeConversionException(
            "unknown backend '" + value + "': use lucene or opensearch");
      }
    }
  }
}
