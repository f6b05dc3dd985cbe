package org.articlesearch.enrich;

import java.util.List;

/** Finds person, organisation and location mentions in text. Implementations are thread-safe. */
public interface EntityRecognizer {
  /** Returns the mentions in text order. */
  List<EntityMention> recognize(String text);
}
