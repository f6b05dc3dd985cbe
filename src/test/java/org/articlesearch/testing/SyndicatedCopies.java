package org.articlesearch.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one wire story as three outlets printed it (the wire's own, a paper's with another
 * headline, byline and footer, and an exact copy), a story on the same topic that is no copy, and a
 * short note, each with a sidecar giving its publisher and date.
 */
public final class SyndicatedCopies {
  /** The file names, without extension, of the story's copies, the first printed first. */
  public static final String WIRE = "wire-storm-port";

  public static final String GAZETTE = "gazette-storm-port";
  public static final String EXACT = "mirror-storm-port";
  public static final String EARLIER = "evening-storm-port";

  /** A story on the same storm, in other words. */
  public static final String OTHER = "gazette-storm-farms";

  private static final String STORY =
      "Gale-force winds closed the port of Hallam on Tuesday, leaving eleven container ships"
          + " anchored offshore while harbour pilots waited for the swell to ease. The harbour"
          + " master said cranes were locked down at dawn after gusts reached ninety kilometres an"
          + " hour, and that no vessel would be brought in before Thursday morning.\n\n"
          + "Shipping agents estimated that the closure delays about forty thousand tonnes of"
          + " grain and timber bound for inland mills. Truck drivers queued along the coast road"
          + " through the night, and the ferry service to the islands was cancelled for a second"
          + " day. Port officials urged crews to stay aboard and keep radio watch on channel"
          + " sixteen.\n\n"
          + "Forecasters expect the storm to weaken over the weekend as it moves north along the"
          + " coast, though heavy rain could still flood low-lying streets near the docks.";

  private static final String FARMS =
      "Farmers inland from Hallam counted the cost of the storm on Wednesday as flooded fields"
          + " left barley rotting in the ground and orchards stripped of fruit. The regional"
          + " growers' association said more than two hundred farms had reported damage, and"
          + " asked the government for emergency loans before the planting season.\n\n"
          + "Several roads to the market towns remained closed, and volunteers filled sandbags"
          + " along the river where the water rose to within a metre of the bridge. Insurance"
          + " assessors are expected to arrive next week.";

  private SyndicatedCopies() {}

  /** Writes the wire story, the gazette's and the exact copy, and the other storm story. */
  public static void writeTo(Path corpus) throws IOException {
    write(corpus, WIRE, "Storm closes Hallam port", "Coastal Wire", "2024-03-05", STORY);
    write(
        corpus,
        GAZETTE,
        "Ships stranded as gale shuts harbour",
        "Hallam Gazette",
        "2024-03-06",
        "By Ruth Maple, Coastal Wire\n\n"
            + STORY
            + "\n\nCopyright Hallam Gazette. Subscribe for the morning edition.");
    write(corpus, EXACT, "Storm closes Hallam port", "Daily Mirror", "2024-03-07", STORY);
    write(corpus, OTHER, "Storm leaves farms under water", "Hallam Gazette", "2024-03-08", FARMS);
  }

  /** Writes one more copy, printed before all the others. */
  public static void writeEarlierCopy(Path corpus) throws IOException {
    write(corpus, EARLIER, "Port shut by storm", "Evening Post", "2024-03-04", STORY);
  }

  /** Removes the wire's own copy, sidecar and all. */
  public static void removeWire(Path corpus) throws IOException {
    Files.delete(corpus.resolve(WIRE + ".txt"));
    Files.delete(corpus.resolve(WIRE + ".meta.json"));
  }

  private static void write(
      Path corpus, String name, String title, String publisher, String date, String text)
      throws IOException {
    Files.writeString(corpus.resolve(name + ".txt"), text + "\n", StandardCharsets.UTF_8);
    Files.writeString(
        corpus.resolve(name + ".meta.json"),
        String.format(
            "{\"title\": \"%s\", \"publisher\": \"%s\", \"date\": \"%s\"}%n",
            title, publisher, date),
        StandardCharsets.UTF_8);
  }
}
