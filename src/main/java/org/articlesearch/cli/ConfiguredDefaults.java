package org.articlesearch.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option defaults from the environment and a settings file, so that a deployment says once where
 * its cluster is rather than on every command. For an option {@code --opensearch-index}, the value
 * comes from, first to last: the command line, the variable {@code
 * ARTICLE_SEARCH_OPENSEARCH_INDEX}, the key {@code opensearch-index} of {@code
 * article-search.properties} in the working folder (or the file {@code ARTICLE_SEARCH_CONFIG}
 * names), then the option's own default.
 */
final class ConfiguredDefaults implements IDefaultValueProvider {
  static final String CONFIG_VARIABLE = "ARTICLE_SEARCH_CONFIG";
  static final String CONFIG_FILE = "article-search.properties";

  private final Map<String, String> environment;
  private final Properties file;

  private ConfiguredDefaults(Map<String, String> environment, Properties file) {
    this.environment = environment;
    this.file = file;
  }

  /**
   * Reads the settings file named by the environment, or the one in the working folder if present.
   *
   * @throws UserException when a named file cannot be read
   */
  static ConfiguredDefaults from(Map<String, String> environment) {
    String named = environment.get(CONFIG_VARIABLE);
    Path path = Path.of(named != null && !named.isBlank() ? named : CONFIG_FILE);
    Properties file = new Properties();
    if (named != null && !named.isBlank() || Files.isRegularFile(path)) {
      try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        file.load(reader);
      } catch (IOException e) {
        throw new UserException("cannot read the settings file " + path + ": " + e.getMessage());
      }
    }
    return new ConfiguredDefaults(environment, file);
  }

  @Override
  public String defaultValue(ArgSpec argSpec) {
    if (!(argSpec instanceof OptionSpec option) || option.usageHelp() || option.versionHelp()) {
      return null;
    }
    String key = option.longestName().replaceFirst("^-+", "");
    String variable = "ARTICLE_SEARCH_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
    String fromEnvironment = environment.get(variable);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return fromEnvironment;
    }
    String fromFile = file.getProperty(key);
    return fromFile != null && !fromFile.isBlank() ? fromFile.strip() : null;
  }
}
