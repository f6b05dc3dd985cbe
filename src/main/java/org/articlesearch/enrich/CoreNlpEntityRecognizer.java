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
  public static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  // CRF inference is long paragraphs of dense work; chunks keep each call's memory small.
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
    int start = 0;
    while (start < text.length()) {
      int end = chunkEnd(text, start);
      String chunk = text.substring(start, end);
      for (Triple<String, Integer, Integer> hit : classifier.classifyToCharacterOffsets(chunk)) {
        EntityType type = type(hit.first());
        if (type != null) {
          int from = start + hit.second();
          int to = start + hit.third();
          mentions.add(new EntityMention(text.substring(from, to), type, from, to));
        }
      }
      start = end;
    }
    return mentions;
  }

  /** Ends a chunk at a paragraph break so no entity is cut in two. */
  private static int chunkEnd(String text, int start) {
    if (text.length() - start <= MAX_CHUNK) {
      return text.length();
    }
    int limit = start + MAX_CHUNK;
    int cut = text.lastIndexOf('\n', limit);
    if (cut <= start) {
      cut = text.lastIndexOf(' ', limit);
    }
    return cut <= start ? limit : cut + 1;
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
