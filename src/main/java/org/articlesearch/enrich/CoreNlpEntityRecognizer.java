package org.articlesearch.enrich;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import java.util.ArrayList;
import java.util.List;
import org.articlesearch.article.EntityType;

/** Recognizes entities with Stanford CoreNLP's CRF model (GPL-3.0-or-later; see the README). */
public final class CoreNlpEntityRecognizer implements EntityRecognizer {
  /** The three-class English model from the CoreNLP models jar. */
  public static final String MODEL =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  // Very long lines are cut into chunks to keep each call's memory small.
  private static final int MAX_CHUNK = 20_000;

  private final CRFClassifier<CoreLabel> classifier;

  private CoreNlpEntityRecognizer(CRFClassifier<CoreLabel> classifier) {
    this.classifier = classifier;
  }

  /** Loads the model from the classpath; takes a few seconds. */
  public static CoreNlpEntityRecognizer load() {
    try {
      return new CoreNlpEntityRecognizer(CRFClassifier.getClassifier(MODEL));
    } catch (Exception e) {
      throw new IllegalStateException("cannot load the CoreNLP NER model " + MODEL, e);
    }
  }

  @Override
  public List<EntityMention> recognize(String text) {
    List<EntityMention> mentions = new ArrayList<>();
    // Line by line: a line break ends a sentence in scraped text, and lists of names one per line
    // must not run together into one long "entity".
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      for (int from = start; from < end; ) {
        int to = chunkEnd(text, from, end);
        recognize(text, from, to, mentions);
        from = to;
      }
      start = end + 1;
    }
    return mentions;
  }

  private void recognize(String text, int from, int to, List<EntityMention> mentions) {
    String chunk = text.substring(from, to);
    if (chunk.isBlank()) {
      return;
    }
    for (Triple<String, Integer, Integer> hit : classifier.classifyToCharacterOffsets(chunk)) {
      EntityType type = type(hit.first());
      if (type != null) {
        int s = from + hit.second();
        int e = from + hit.third();
        mentions.add(new EntityMention(text.substring(s, e), type, s, e));
      }
    }
  }

  /** Ends a chunk of an overlong line at a space so no entity is cut in two. */
  private static int chunkEnd(String text, int start, int lineEnd) {
    if (lineEnd - start <= MAX_CHUNK) {
      return lineEnd;
    }
    int cut = text.lastIndexOf(' ', start + MAX_CHUNK);
    return cut <= start ? start + MAX_CHUNK : cut + 1;
  }

  private static EntityType type(String label) {
    return switch (label) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION" -> EntityType.LOCATION;
      default -> null;
    };
  }
}
