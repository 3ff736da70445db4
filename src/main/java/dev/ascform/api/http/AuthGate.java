package dev.ascform.api.http;

import feign.Request;
import feign.Response;
import java.util.concurrent.CompletableFuture;

/**
 * What a client does after a 401 {@code NOT_AUTHORIZED}, shared by its concurrent requests: one
 * request at a time (the probe) is resent with a freshly signed token while the others that got a
 * 401, or are about to send, wait for its answer. When the fresh token is refused too, the API key
 * is rejected: that answer is kept and every later request gets it replayed without being sent, so
 * a bad key costs one wave of concurrent reads plus one retry, not a retry per collection.
 */
final class AuthGate {
  private CompletableFuture<Void> probe; // guarded by this
  private volatile Response rejection;

  /** True while a fresh-token probe is in flight. */
  synchronized boolean probing() {
    return probe != null;
  }

  /** Waits until no probe is in flight. */
  void awaitProbe() {
    CompletableFuture<Void> p;
    synchronized (this) {
      p = probe;
    }
    if (p != null) {
      p.join();
    }
  }

  /**
   * After a first 401, while the request still holds its permit (so no other request slips in with
   * the rejected token meanwhile): true when the caller is to send the probe now (it must {@link
   * #settle} it); false when the key is already rejected or another probe is in flight (then {@link
   * #awaitProbe} outside the permit, and replay or resend).
   */
  synchronized boolean tryClaimProbe() {
    if (rejection != null || probe != null) {
      return false;
    }
    probe = new CompletableFuture<>();
    return true;
  }

  /** The probe's answer: {@code refused} is the 401 to the fresh token, or null if accepted. */
  void settle(Response refused) {
    CompletableFuture<Void> p;
    synchronized (this) {
      if (refused != null) {
        rejection = refused;
      }
      p = probe;
      probe = null;
    }
    if (p != null) {
      p.complete(null);
    }
  }

  /** Records a 401 to a request already resent with a fresh token: the key is rejected. */
  void reject(Response refused) {
    rejection = refused;
  }

  /** The kept rejection as the answer to {@code request} (nothing is sent), or null. */
  Response replay(Request request) {
    Response r = rejection;
    return r == null ? null : r.toBuilder().request(request).build();
  }
}
