package dev.ascform.api;

import dev.ascform.api.http.PagingException;
import dev.ascform.api.http.PathTemplates;
import dev.ascform.api.http.RequestPriority;
import dev.ascform.api.jsonapi.CollectionDocument;
import dev.ascform.api.jsonapi.Links;
import dev.ascform.api.jsonapi.RelationshipDocument;
import dev.ascform.api.jsonapi.Resource;
import dev.ascform.api.jsonapi.ResourceRef;
import dev.ascform.concurrent.Futures;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Reads a collection completely: the first page from a Feign call (which sends {@code limit=200}),
 * then {@code links.next} exactly as given until it is absent. A {@code next} seen before, or more
 * than {@code maxPages} pages, stops with a {@link PagingException} rather than looping forever.
 */
public final class Pager {
  /** The default bound on pages per collection (2,000,000 resources at 200 per page). */
  public static final int DEFAULT_MAX_PAGES = 10_000;

  /**
   * Threads for the one request each collection has ahead; the client bounds requests in flight.
   */
  private static final ExecutorService AHEAD =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "ascform-page-ahead");
            t.setDaemon(true);
            return t;
          });

  private final PageFetcher fetcher;
  private final int maxPages;

  public Pager(PageFetcher fetcher, int maxPages) {
    this.fetcher = fetcher;
    this.maxPages = maxPages;
  }

  /**
   * Every resource and included resource of the collection whose first page {@code first} reads.
   *
   * <p>Pages after the first are pipelined: as soon as a page's body has arrived, its {@code
   * links.next} is picked out of the raw JSON and the next page is requested while this one is
   * decoded, so the chain of pages (the longest one bounds a plan's read) is not also lengthened by
   * the decoding. The same requests, in the same order; a decoded page whose {@code links.next}
   * differs from the one followed is an error.
   */
  public PagedResult all(Supplier<CollectionDocument> first) {
    List<Resource> data = new ArrayList<>();
    Map<ResourceRef, Resource> included = new LinkedHashMap<>();
    CollectionDocument page = first.get();
    Integer total = total(page);
    // pages the collection has in all, when Apple says (meta.paging.total): a next page's request
    // priority is the pages still to read, so the longest chain gets the client's permits first
    int allPages =
        total == null || page.data().isEmpty()
            ? 0
            : (total + page.data().size() - 1) / page.data().size();
    Set<String> seen = new HashSet<>();
    int pages = 1;
    String next = page.nextLink();
    Future<byte[]> ahead = null;
    try {
      while (true) {
        data.addAll(page.data());
        page.included().forEach(r -> included.putIfAbsent(r.ref(), r));
        if (next == null) {
          if (total != null && data.size() < total) {
            String path =
                page.links() != null && page.links().self() != null
                    ? PathTemplates.path(page.links().self())
                    : data.isEmpty() ? "(no links)" : "/v1/" + data.get(0).type();
            throw new PagingException(
                "App Store Connect announced "
                    + total
                    + " resources but"
                    + " returned "
                    + data.size()
                    + " and no links.next ("
                    + path
                    + "): the listing is"
                    + " incomplete; stopping rather than planning on part of the account",
                path);
          }
          return new PagedResult(data, new ArrayList<>(included.values()), pages);
        }
        guard(next, seen, ++pages, page.links());
        String url = next;
        byte[] body =
            ahead == null
                ? RequestPriority.with(
                    Math.max(0, allPages - pages + 1), () -> fetcher.fetchBody(url))
                : Futures.join(ahead, "reading a page");
        ahead = null;
        String after = NextLink.peek(body);
        if (after != null && !after.equals(url) && !seen.contains(after) && pages < maxPages) {
          int priority = Math.max(0, allPages - pages);
          ahead =
              CompletableFuture.supplyAsync(
                  () -> RequestPriority.with(priority, () -> fetcher.fetchBody(after)), AHEAD);
        }
        page = fetcher.decode(body, url, CollectionDocument.class);
        next = page.nextLink();
        if (ahead != null && !after.equals(next)) {
          throw new PagingException(
              "the page "
                  + PathTemplates.path(url)
                  + " could not be read"
                  + " consistently (its links.next changed between two readings)",
              PathTemplates.path(url));
        }
      }
    } finally {
      if (ahead != null) {
        ahead.cancel(true);
      }
    }
  }

  /** Every identifier of a {@code /relationships/…} linkage collection. */
  public List<ResourceRef> allRefs(Supplier<RelationshipDocument> first) {
    List<ResourceRef> refs = new ArrayList<>();
    RelationshipDocument page = first.get();
    Set<String> seen = new HashSet<>();
    int pages = 1;
    while (true) {
      refs.addAll(page.data());
      String next = page.links() == null ? null : page.links().next();
      if (next == null) {
        return List.copyOf(refs);
      }
      guard(next, seen, ++pages, page.links());
      page = fetcher.fetch(next, RelationshipDocument.class);
    }
  }

  private static Integer total(CollectionDocument page) {
    return page.meta() == null || page.meta().paging() == null
        ? null
        : page.meta().paging().total();
  }

  private void guard(String next, Set<String> seen, int pages, Links links) {
    String path = PathTemplates.path(next);
    if (links != null && next.equals(links.self())) {
      throw new PagingException(
          "App Store Connect returned a links.next equal to the page's own"
              + " links.self ("
              + path
              + "): stopping instead of reading the same page forever",
          path);
    }
    if (!seen.add(next)) {
      throw new PagingException(
          "App Store Connect returned the same links.next twice ("
              + path
              + "): stopping instead of looping forever",
          path);
    }
    if (pages > maxPages) {
      throw new PagingException(
          "more than "
              + maxPages
              + " pages for "
              + path
              + ": stopping; the server keeps returning links.next",
          path);
    }
  }
}
