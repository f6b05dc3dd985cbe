package org.articlesearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.articlesearch.article.EntityType;
import org.articlesearch.search.EntitySummary;
import org.articlesearch.search.LuceneArticleSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entities}: lists the entity values of the index, and curates them through the alias file.
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description =
        "List entity values with counts and folded variants; merge, retype or hide values.",
    subcommands = {
      EntitiesCommand.Merge.class,
      EntitiesCommand.Hide.class,
      EntitiesCommand.Retype.class
    })
public final class EntitiesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Locations.IndexFolder index;

  @Option(names = "--type", description = "Only this type: PERSON, ORGANIZATION or LOCATION.")
  EntityType type;

  @Option(
      names = "--limit",
      description = "Values per type (default: ${DEFAULT-VALUE}).",
      defaultValue = "50")
  int limit;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (LuceneArticleSearcher searcher = SearchCommand.open(index.path)) {
      List<EntitySummary> all = searcher.entities();
      for (EntityType t : EntityType.values()) {
        if (type != null && t != type) {
          continue;
        }
        List<EntitySummary> ofType = all.stream().filter(e -> e.type() == t).toList();
        out.printf("%s (%d values)%n", t, ofType.size());
        for (EntitySummary e : ofType.subList(0, Math.min(limit, ofType.size()))) {
          List<String> others = e.variants().stream().filter(v -> !v.equals(e.name())).toList();
          out.printf(
              Locale.ROOT,
              "  %-40s %5d articles %6d mentions%s%n",
              e.name(),
              e.articles(),
              e.mentions(),
              others.isEmpty() ? "" : "   also: " + String.join(", ", others));
        }
      }
    }
    return 0;
  }

  /** Appends one rule to the alias file and says what to do next. */
  static void append(Path aliases, String rule, PrintWriter out) throws IOException {
    if (rule.contains("\n")) {
      throw new UserException("names cannot contain line breaks");
    }
    if (!Files.exists(aliases)) {
      Files.writeString(
          aliases,
          "# Entity aliases: merge VARIANT CANONICAL [TYPE] | type NAME TYPE | hide NAME (tab-separated)\n",
          StandardCharsets.UTF_8);
    }
    Files.writeString(aliases, rule + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    out.printf(
        "Added to %s: %s%nRun 'article-search index' to apply it (recognition results are cached, so it is quick).%n",
        aliases, rule.replace('\t', ' '));
  }

  /** {@code entities merge VARIANT CANONICAL}. */
  @Command(
      name = "merge",
      mixinStandardHelpOptions = true,
      description = "Fold VARIANT into CANONICAL everywhere.")
  static final class Merge implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "VARIANT")
    String variant;

    @Parameters(index = "1", paramLabel = "CANONICAL")
    String canonical;

    @Option(names = "--type", description = "Also give the merged entity this type.")
    EntityType type;

    @Mixin Locations.AliasFile aliases;

    @Override
    public Integer call() throws IOException {
      append(
          aliases.path,
          "merge\t"
              + variant.strip()
              + "\t"
              + canonical.strip()
              + (type == null ? "" : "\t" + type),
          spec.commandLine().getOut());
      return 0;
    }
  }

  /** {@code entities hide NAME}. */
  @Command(
      name = "hide",
      mixinStandardHelpOptions = true,
      description = "Never show NAME as an entity.")
  static final class Hide implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Mixin Locations.AliasFile aliases;

    @Override
    public Integer call() throws IOException {
      append(aliases.path, "hide\t" + name.strip(), spec.commandLine().getOut());
      return 0;
    }
  }

  /** {@code entities type NAME TYPE}. */
  @Command(
      name = "type",
      mixinStandardHelpOptions = true,
      description = "Make NAME always of TYPE.")
  static final class Retype implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1", paramLabel = "TYPE", description = "PERSON, ORGANIZATION or LOCATION")
    EntityType type;

    @Mixin Locations.AliasFile aliases;

    @Override
    public Integer call() throws IOException {
      append(aliases.path, "type\t" + name.strip() + "\t" + type, spec.commandLine().getOut());
      return 0;
    }
  }
}
