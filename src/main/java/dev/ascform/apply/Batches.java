package dev.ascform.apply;

import dev.ascform.kinds.BatchOps;
import dev.ascform.kinds.KindOps;
import dev.ascform.kinds.WriteContext;
import dev.ascform.plan.Action;
import dev.ascform.plan.Change;
import dev.ascform.state.StateFile;
import dev.ascform.state.StateRecorder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The plan's creates and deletes of {@link BatchOps} kinds, grouped by kind, action and batch key
 * into chunks of {@link BatchOps#BATCH}. The first change of a chunk that runs makes the whole
 * chunk, and records it in the state with one save; the others wait for it and take their share of
 * the outcome.
 */
final class Batches {
  private final Map<Change, Chunk> chunkOf = new HashMap<>();
  private final WriteContext ctx;
  private final StateRecorder recorder;

  private static final class Chunk {
    final KindOps<?, ?> kind;
    final List<Change> changes = new ArrayList<>();
    final AtomicBoolean started = new AtomicBoolean();
    final CompletableFuture<Map<Change, String>> done = new CompletableFuture<>();

    Chunk(KindOps<?, ?> kind) {
      this.kind = kind;
    }
  }

  Batches(
      List<Change> changes,
      Map<String, KindOps<?, ?>> kinds,
      WriteContext ctx,
      StateRecorder recorder) {
    this.ctx = ctx;
    this.recorder = recorder;
    Map<String, Chunk> open = new LinkedHashMap<>();
    for (Change c : changes) {
      KindOps<?, ?> k = kinds.get(c.kind());
      String key = key(k, c);
      if (key == null) {
        continue;
      }
      Chunk chunk = open.get(key);
      if (chunk == null || chunk.changes.size() >= BatchOps.BATCH) {
        chunk = new Chunk(k);
        open.put(key, chunk);
      }
      chunk.changes.add(c);
      chunkOf.put(c, chunk);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static String key(KindOps<?, ?> k, Change c) {
    if (!(k instanceof BatchOps b)) {
      return null;
    }
    if (c.action() == Action.CREATE && c.desired() != null) {
      return k.name() + " create " + b.batchKey(c.desired());
    }
    if (c.action() == Action.DELETE && c.appleId() != null) {
      return k.name() + " delete " + b.batchKeyOf(c.appleId());
    }
    return null;
  }

  /** Whether this change is made as part of a batch. */
  boolean covers(Change c) {
    return chunkOf.containsKey(c);
  }

  /** Makes the change's chunk if no other change did yet; returns the change's Apple id. */
  String run(Change c) {
    Chunk chunk = chunkOf.get(c);
    if (chunk.started.compareAndSet(false, true)) {
      try {
        chunk.done.complete(make(chunk));
      } catch (RuntimeException e) {
        chunk.done.completeExceptionally(e);
      }
    }
    try {
      return chunk.done.join().get(c);
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Map<Change, String> make(Chunk chunk) {
    BatchOps ops = (BatchOps) chunk.kind;
    KindOps kind = chunk.kind;
    Map<Change, String> out = new HashMap<>();
    if (chunk.changes.get(0).action() == Action.CREATE) {
      List<Object> wanted = chunk.changes.stream().map(Change::desired).toList();
      List<Object> made = ops.createAll(ctx, wanted);
      for (int i = 0; i < made.size(); i++) {
        out.put(chunk.changes.get(i), kind.appleId(made.get(i)));
      }
      recorder.update(
          s -> {
            StateFile next = s;
            for (int i = 0; i < made.size(); i++) {
              Change c = chunk.changes.get(i);
              next = next.withApplied(c, out.get(c), kind.liveAttributes(made.get(i)));
            }
            return next;
          });
    } else {
      ops.deleteAll(ctx, chunk.changes.stream().map(Change::appleId).toList());
      chunk.changes.forEach(c -> out.put(c, null));
      recorder.update(
          s -> {
            StateFile next = s;
            for (Change c : chunk.changes) {
              next = next.withRemoved(c.address());
            }
            return next;
          });
    }
    return out;
  }
}
