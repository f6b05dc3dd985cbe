package org.articlesearch.enrich;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * An entity recognizer whose model loads on a background thread, so the first files are parsed
 * while the model is still being read.
 */
public final class BackgroundRecognizer implements EntityRecognizer {
  private final CompletableFuture<EntityRecognizer> loading;

  public BackgroundRecognizer(Supplier<EntityRecognizer> loader) {
    this.loading = CompletableFuture.supplyAsync(loader, BackgroundRecognizer::daemon);
  }

  private static void daemon(Runnable task) {
    Thread t = new Thread(task, "ner-model-load");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public List<EntityMention> recognize(String text) {
    try {
      return loading.join().recognize(text);
    } catch (CompletionException e) {
      // A model that fails to load is a broken installation, as it was when loading up front.
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }
}
