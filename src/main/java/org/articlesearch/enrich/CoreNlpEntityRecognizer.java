package org.articlesearch.enrich;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.articlesearch.article.EntityType;

/**
 * Recognizes entities with Stanford CoreNLP's CRF models (GPL-3.0-or-later; see the README): the
 * three-class model reads everything, and the CoNLL four-class model gives a second opinion on the
 * capitalised words the first left unexplained.
 */
public final class CoreNlpEntityRecognizer implements EntityRecognizer {
  /** The three-class English model from the CoreNLP models jar. */
  public static final String MODEL =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /** The CoNLL four-class model, trained on news, which knows more organisations and gods. */
  public static final String SECOND_MODEL =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  /** Names the combination, so cached results of another combination are never reused. */
  public static final String MODELS_ID = MODEL + "+" + SECOND_MODEL + "@windows-4";

  // Very long lines are cut into chunks to keep each call's memory small.
  private static final int MAX_CHUNK = 20_000;

  private final CRFClassifier<CoreLabel> classifier;
  private final CRFClassifier<CoreLabel> second;

  private CoreNlpEntityRecognizer(
      CRFClassifier<CoreLabel> classifier, CRFClassifier<CoreLabel> second) {
    this.classifier = classifier;
    this.second = second;
  }

  /** Loads both models from the classpath, side by side; takes a few seconds. */
  public static CoreNlpEntityRecognizer load() {
    CompletableFuture<CRFClassifier<CoreLabel>> second =
        CompletableFuture.supplyAsync(() -> classifier(SECOND_MODEL));
    try {
      return new CoreNlpEntityRecognizer(classifier(MODEL), second.join());
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private static CRFClassifier<CoreLabel> classifier(String model) {
    try {
      return CRFClassifier.getClassifier(model);
    } catch (Exception e) {
      throw new IllegalStateException("cannot load the CoreNLP NER model " + model, e);
    }
  }

  @Override
  public List<EntityMention> recognize(String text) {
    List<EntityMention> mentions = new ArrayList<>();
    UnexplainedNames unexplained = new UnexplainedNames(text);
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
        recognize(text, from, to, unexplained, mentions);
        from = to;
      }
      start = end + 1;
    }
    return mentions;
  }

  private void recognize(
      String text, int from, int to, UnexplainedNames unexplained, List<EntityMention> mentions) {
    if (text.substring(from, to).isBlank()) {
      return;
    }
    List<EntityMention> first = classify(classifier, text, from, to);
    List<EntityMention> found = new ArrayList<>(first);
    for (UnexplainedNames.Window w : unexplained.windows(from, to, first)) {
      for (EntityMention m : classify(second, text, w.start(), w.end())) {
        if (unexplained.accepts(m, first)) {
          found.add(m);
        }
      }
    }
    found.sort(Comparator.comparingInt(EntityMention::start));
    mentions.addAll(found);
  }

  private static List<EntityMention> classify(
      CRFClassifier<CoreLabel> model, String text, int from, int to) {
    List<EntityMention> found = new ArrayList<>();
    for (Triple<String, Integer, Integer> hit :
        model.classifyToCharacterOffsets(text.substring(from, to))) {
      EntityType type = type(hit.first());
      if (type != null) {
        int s = from + hit.second();
        int e = from + hit.third();
        found.add(new EntityMention(text.substring(s, e), type, s, e));
      }
    }
    return found;
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
