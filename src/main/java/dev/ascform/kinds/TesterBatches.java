package dev.ascform.kinds;

import dev.ascform.api.AscClient;
import dev.ascform.api.http.ApiTransportException;
import dev.ascform.api.http.AppleApiException;
import dev.ascform.api.http.AscApiException;
import dev.ascform.api.http.ErrorStatus;
import dev.ascform.api.jsonapi.Resource;
import dev.ascform.api.jsonapi.ResourceRef;
import dev.ascform.api.resources.Attributes;
import dev.ascform.api.resources.Requests;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One chunk of tester memberships of one group, in a handful of requests: one e-mail lookup ({@code
 * filter[email]=a,b,...}), one read of who is already in the group, one relationship {@code POST}
 * for the existing testers, one {@code POST /v1/betaTesters} per new tester (Apple has no bulk
 * create), and one read to check. A 409 on the relationship write (someone is already in the group)
 * is not an error: the members are read again and only the others added. A write whose outcome is
 * unknown is never resent: the check decides.
 */
final class TesterBatches {
  private final AscClient c;

  TesterBatches(AscClient c) {
    this.c = c;
  }

  List<BetaTesterKind.Live> add(String groupId, List<BetaTesterKind.Wanted> wanted) {
    List<String> emails = wanted.stream().map(BetaTesterKind.Wanted::email).toList();
    Map<String, String> known = byEmail(emails, null);
    Set<String> members = byEmail(emails, groupId).keySet();
    List<String> toAdd = new ArrayList<>();
    emails.forEach(
        e -> {
          if (known.containsKey(e) && !members.contains(e)) {
            toAdd.add(known.get(e));
          }
        });
    AscApiException unknown = null;
    if (!toAdd.isEmpty()) {
      unknown = link(groupId, toAdd, emails);
    }
    for (BetaTesterKind.Wanted d : wanted) {
      if (!known.containsKey(d.email())) {
        try {
          c.betaTesters()
              .create(
                  Requests.betaTesterCreate(
                      d.tester().email(),
                      d.tester().firstName().orElse(null),
                      d.tester().lastName().orElse(null),
                      List.of(groupId)));
        } catch (AscApiException e) {
          if (!uncertain(e) && !conflict(e)) {
            throw e;
          }
          unknown = e;
        }
      }
    }
    Map<String, String> now = byEmail(emails, groupId);
    List<String> missing = emails.stream().filter(e -> !now.containsKey(e)).toList();
    if (!missing.isEmpty()) {
      String why = unknown == null ? "" : " (" + unknown.getMessage() + ")";
      throw new IllegalStateException(
          missing.size()
              + " tester(s) are not in the group after"
              + " the write, e.g. "
              + missing.get(0)
              + why);
    }
    return wanted.stream()
        .map(
            d ->
                new BetaTesterKind.Live(
                    groupId, now.get(d.email()), d.bundleId(), d.groupName(), d.email()))
        .toList();
  }

  /** Adds existing testers; on a 409 adds the ones still missing. Returns an unknown outcome. */
  private AscApiException link(String groupId, List<String> ids, List<String> emails) {
    try {
      c.betaGroups().addBetaTesters(groupId, Requests.linkages("betaTesters", ids));
      return null;
    } catch (AscApiException e) {
      if (uncertain(e)) {
        return e;
      }
      if (!conflict(e)) {
        throw e;
      }
    }
    Set<String> in = new HashSet<>(byEmail(emails, groupId).values());
    List<String> rest = ids.stream().filter(id -> !in.contains(id)).toList();
    if (!rest.isEmpty()) {
      c.betaGroups().addBetaTesters(groupId, Requests.linkages("betaTesters", rest));
    }
    return null;
  }

  void remove(String groupId, List<String> testerIds) {
    AscApiException unknown = null;
    try {
      c.betaGroups().removeBetaTesters(groupId, Requests.linkages("betaTesters", testerIds));
    } catch (AscApiException e) {
      boolean gone = e instanceof AppleApiException a && a.is(ErrorStatus.NOT_FOUND);
      if (!uncertain(e) && !gone) {
        throw e;
      }
      unknown = e;
    }
    Set<String> left = new HashSet<>();
    Not404.read(() -> c.pager().allRefs(() -> c.betaGroups().betaTesterIds(groupId)))
        .orElse(List.of())
        .stream()
        .map(ResourceRef::id)
        .forEach(left::add);
    List<String> still = testerIds.stream().filter(left::contains).toList();
    if (!still.isEmpty()) {
      String why = unknown == null ? "" : " (" + unknown.getMessage() + ")";
      throw new IllegalStateException(
          still.size()
              + " tester(s) are still in the group after"
              + " the removal, e.g. id "
              + still.get(0)
              + why);
    }
  }

  /** E-mail (lower case) to tester id, of these e-mails, optionally only members of a group. */
  private Map<String, String> byEmail(List<String> emails, String groupId) {
    Map<String, String> out = new HashMap<>();
    for (Resource r :
        c.pager()
            .all(() -> c.betaTesters().list(String.join(",", emails), groupId, null, null, null))
            .data()) {
      out.put(r.attributesAs(Attributes.BetaTester.class).email().toLowerCase(Locale.ROOT), r.id());
    }
    return out;
  }

  private static boolean uncertain(AscApiException e) {
    return e instanceof ApiTransportException
        || e instanceof AppleApiException a && a.errorStatus().isServerSide();
  }

  private static boolean conflict(AscApiException e) {
    return e instanceof AppleApiException a && a.is(ErrorStatus.CONFLICT);
  }
}
