package org.articlesearch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.articlesearch.opensearch.OpenSearchConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class ConfiguredDefaultsTest {
  @Command(name = "probe")
  static final class Probe {
    @Mixin Locations.Backend backend;
  }

  private static Locations.Backend parse(Map<String, String> environment, String... args) {
    Probe probe = new Probe();
    CommandLine cli = new CommandLine(probe);
    cli.setDefaultValueProvider(ConfiguredDefaults.from(environment));
    cli.parseArgs(args);
    return probe.backend;
  }

  @Test
  void theCommandLineWinsOverTheEnvironmentWhichWinsOverTheFile(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("settings.properties");
    Files.writeString(
        file,
        "backend = opensearch\nopensearch = http://file:9200\nopensearch-index = from-file\n"
            + "replicas = 2\n");
    Map<String, String> environment =
        Map.of(
            ConfiguredDefaults.CONFIG_VARIABLE,
            file.toString(),
            "ARTICLE_SEARCH_OPENSEARCH_INDEX",
            "from-env");

    OpenSearchConfig config = parse(environment, "--shards", "4").openSearch().orElseThrow();

    assertThat(config.hosts()).extracting(Object::toString).containsExactly("http://file:9200");
    assertThat(config.index()).isEqualTo("from-env");
    assertThat(config.replicas()).isEqualTo(2);
    assertThat(config.shards()).isEqualTo(4);
  }

  @Test
  void withNothingConfiguredTheLocalIndexIsUsed() {
    assertThat(parse(Map.of()).openSearch()).isEmpty();
  }

  @Test
  void anIncompleteOrContradictoryChoiceIsExplained() {
    assertThatThrownBy(() -> parse(Map.of(), "--backend", "OpenSearch").openSearch())
        .isInstanceOf(UserException.class)
        .hasMessageContaining("needs --opensearch");
    assertThatThrownBy(() -> parse(Map.of(), "--opensearch", "http://h:9200").openSearch())
        .isInstanceOf(UserException.class)
        .hasMessageContaining("--backend opensearch");
    assertThatThrownBy(() -> parse(Map.of(), "--backend", "solr"))
        .hasMessageContaining("unknown backend 'solr'");
    assertThatThrownBy(
            () -> ConfiguredDefaults.from(Map.of(ConfiguredDefaults.CONFIG_VARIABLE, "/no/such")))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("/no/such");
  }
}
