package org.articlesearch.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends index and delete operations to one index in bulk requests bounded by bytes and count, a few
 * at a time: a thread whose operation fills a request waits while as many are in flight as allowed,
 * which slows the indexing threads to the cluster's pace. Requests the cluster pushes back (429,
 * 502-504, no answer) are sent again with backoff, and so are the items of a request it pushed back
 * one by one; any other item failure is recorded against its id, never dropped.
 */
final class BulkIndexer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BulkIndexer.class);

  /**
   * How big requests get and how many are in flight.
   *
   * @param maxBytes a request is sent once its body reaches this size
   * @param maxOperations or once it holds this many operations
   * @param maxInFlight requests sent at once; a full request waits for a free slot
   */
  record Limits(int maxBytes, int maxOperations, int maxInFlight) {
    /** The sizes OpenSearch's own guidance starts from: a few MB, about a thousand documents. */
    static final Limits DEFAULT = new Limits(5 << 20, 1000, 2);

    Limits {
      if (maxBytes < 1 || maxOperations < 1 || maxInFlight < 1) {
        throw new IllegalArgumentException("bulk limits must be positive");
      }
    }
  }

  /**
   * One operation, its action line and source already serialized.
   *
   * @param kind the bulk action: index, delete or update
   */
  private record Operation(String id, String kind, byte[] bytes) {
    boolean delete() {
      return kind.equals("delete");
    }

    boolean update() {
      return kind.equals("update");
    }
  }

  private final ClusterConnection cluster;
  private final String path;
  private final Limits limits;
  private final BulkRetryPolicy retry;
  private final ExecutorService senders;
  private final Semaphore slots;
  private final Object lock = new Object();
  private List<Operation> buffer = new ArrayList<>();
  private long bufferBytes;
  private int unsent; // batches taken from the buffer and not yet answered
  private final Set<String> unsettled = ConcurrentHashMap.newKeySet();
  private final Map<String, String> rejected = new ConcurrentHashMap<>();
  private final Set<String> rejectedAdds = ConcurrentHashMap.newKeySet();
  private final AtomicReference<IOException> failure = new AtomicReference<>();
  private final LongAdder requests = new LongAdder();
  private final LongAdder requestRetries = new LongAdder();
  private final LongAdder itemRetries = new LongAdder();
  private final LongAdder operations = new LongAdder();

  BulkIndexer(ClusterConnection cluster, String index, Limits limits, BulkRetryPolicy retry) {
    this.cluster = cluster;
    this.path = "/" + ClusterConnection.segment(index) + "/_bulk";
    this.limits = limits;
    this.retry = retry;
    this.slots = new Semaphore(limits.maxInFlight());
    this.senders =
        Executors.newFixedThreadPool(
            limits.maxInFlight(),
            r -> {
              Thread t = new Thread(r, "opensearch-bulk");
              t.setDaemon(true);
              return t;
            });
  }

  /** Queues a document to index under an id, replacing any with that id. */
  void index(String id, String sourceJson) throws IOException {
    submit(
        new Operation(
            id,
            "index",
            (action("index", id) + sourceJson + "\n").getBytes(StandardCharsets.UTF_8)));
  }

  /** Queues the removal of a document; a missing one is no error. */
  void delete(String id) throws IOException {
    submit(new Operation(id, "delete", action("delete", id).getBytes(StandardCharsets.UTF_8)));
  }

  /** Queues new values for some fields of an indexed document, which keeps the others. */
  void update(String id, String partialSourceJson) throws IOException {
    String body = "{\"doc\":" + partialSourceJson + "}\n";
    submit(
        new Operation(
            id, "update", (action("update", id) + body).getBytes(StandardCharsets.UTF_8)));
  }

  private static String action(String kind, String id) {
    JsonObject meta = new JsonObject();
    meta.addProperty("_id", id);
    JsonObject line = new JsonObject();
    line.add(kind, meta);
    return line + "\n";
  }

  private void submit(Operation operation) throws IOException {
    throwIfFailed();
    // Two operations on one id in concurrent requests could land in either order: the later one
    // waits until the earlier one is answered.
    if (!unsettled.add(operation.id())) {
      flush();
      unsettled.add(operation.id());
    }
    List<Operation> full;
    synchronized (lock) {
      buffer.add(operation);
      bufferBytes += operation.bytes().length;
      if (buffer.size() < limits.maxOperations() && bufferBytes < limits.maxBytes()) {
        return;
      }
      full = takeBuffer();
    }
    send(full);
  }

  private List<Operation> takeBuffer() {
    List<Operation> batch = buffer;
    buffer = new ArrayList<>();
    bufferBytes = 0;
    unsent++;
    return batch;
  }

  private void send(List<Operation> batch) throws IOException {
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      settle(batch);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to send a bulk request");
    }
    try {
      senders.execute(
          () -> {
            try {
              deliver(batch);
            } catch (IOException e) {
              failure.compareAndSet(null, e);
            } catch (RuntimeException e) {
              failure.compareAndSet(null, new IOException(e.toString(), e));
            } finally {
              slots.release();
              settle(batch);
            }
          });
    } catch (RejectedExecutionException e) {
      slots.release();
      settle(batch);
      throw new IOException("the bulk indexer is closed", e);
    }
  }

  private void settle(List<Operation> batch) {
    batch.forEach(o -> unsettled.remove(o.id()));
    synchronized (lock) {
      unsent--;
      lock.notifyAll();
    }
  }

  /** Sends what is queued and waits until every request is answered. */
  void flush() throws IOException {
    List<Operation> rest = null;
    synchronized (lock) {
      if (!buffer.isEmpty()) {
        rest = takeBuffer();
      }
    }
    if (rest != null) {
      send(rest);
    }
    synchronized (lock) {
      while (unsent > 0) {
        try {
          lock.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while waiting for bulk requests");
        }
      }
    }
    throwIfFailed();
  }

  private void throwIfFailed() throws IOException {
    IOException e = failure.get();
    if (e != null) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** Sends one batch until every operation is done or refused for good. */
  private void deliver(List<Operation> batch) throws IOException {
    List<Operation> pending = batch;
    for (int attempt = 0; ; attempt++) {
      requests.increment();
      ClusterConnection.Answer answer;
      String pushback;
      try {
        answer = cluster.sendBulk(path, body(pending));
        pushback = BulkRetryPolicy.retryable(answer.status()) ? answer.error() : null;
      } catch (ClusterConnection.ClusterUnreachableException e) {
        // Ids are ours, so sending a request twice writes the same documents.
        answer = null;
        pushback = e.getMessage();
      }
      if (pushback != null) {
        if (attempt >= retry.retries()) {
          throw new IOException(
              "bulk request failed after " + (attempt + 1) + " attempts: " + pushback);
        }
        requestRetries.increment();
        pause(attempt);
        continue;
      }
      if (!answer.ok()) {
        throw new IOException(
            "bulk request refused by OpenSearch at " + cluster.where() + ": " + answer.error());
      }
      List<Operation> again = new ArrayList<>();
      List<String> againReasons = new ArrayList<>();
      readItems(answer, pending, again, againReasons);
      if (again.isEmpty()) {
        return;
      }
      if (attempt >= retry.retries()) {
        for (int i = 0; i < again.size(); i++) {
          reject(
              again.get(i),
              "still refused after " + (attempt + 1) + " attempts: " + againReasons.get(i));
        }
        return;
      }
      itemRetries.add(again.size());
      pause(attempt);
      pending = again;
    }
  }

  private void readItems(
      ClusterConnection.Answer answer,
      List<Operation> sent,
      List<Operation> again,
      List<String> againReasons)
      throws IOException {
    JsonElement items = answer.object().get("items");
    if (items == null || !items.isJsonArray() || items.getAsJsonArray().size() != sent.size()) {
      throw new IOException(
          "unexpected bulk answer from OpenSearch at "
              + cluster.where()
              + ": "
              + (items == null ? "no items" : "items do not match the request"));
    }
    JsonArray array = items.getAsJsonArray();
    for (int i = 0; i < sent.size(); i++) {
      Operation operation = sent.get(i);
      JsonObject item = array.get(i).getAsJsonObject().get(operation.kind()).getAsJsonObject();
      int status = item.get("status").getAsInt();
      boolean done = status >= 200 && status < 300 || operation.delete() && status == 404;
      if (done) {
        operations.increment();
        continue;
      }
      String reason = reason(status, item.get("error"));
      if (BulkRetryPolicy.retryable(status)) {
        again.add(operation);
        againReasons.add(reason);
      } else {
        reject(operation, reason);
      }
    }
  }

  private void reject(Operation operation, String reason) {
    if (operation.update()) {
      // Updates carry only bookkeeping (a file's stamp): the article itself is intact, and the next
      // run, finding no matching stamp, reads the file again.
      LOG.warn("OpenSearch refused an update of {}: {}", operation.id(), reason);
      return;
    }
    rejected.put(operation.id(), reason);
    if (!operation.delete()) {
      rejectedAdds.add(operation.id());
    }
  }

  private static String reason(int status, JsonElement error) {
    if (error == null || !error.isJsonObject()) {
      return "status " + status;
    }
    JsonObject e = error.getAsJsonObject();
    String text =
        e.has("reason") && !e.get("reason").isJsonNull()
            ? e.get("type").getAsString() + ": " + e.get("reason").getAsString()
            : e.get("type").getAsString();
    // A mapping error quotes the document; the summary needs the gist.
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private static byte[] body(List<Operation> operations) {
    int size = 0;
    for (Operation o : operations) {
      size += o.bytes().length;
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream(size);
    operations.forEach(o -> body.writeBytes(o.bytes()));
    return body.toByteArray();
  }

  private void pause(int attempt) throws IOException {
    try {
      Thread.sleep(retry.backoff(attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry a bulk request");
    }
  }

  /** The ids the cluster refused for good, with its reason; call after {@link #flush()}. */
  Map<String, String> rejected() {
    return Map.copyOf(rejected);
  }

  /** The ids whose documents the cluster refused to index (not deletes). */
  Set<String> rejectedAdds() {
    return Set.copyOf(rejectedAdds);
  }

  BulkStats stats() {
    return new BulkStats(requests.sum(), requestRetries.sum(), itemRetries.sum(), operations.sum());
  }

  @Override
  public void close() {
    senders.shutdownNow();
    try {
      senders.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
