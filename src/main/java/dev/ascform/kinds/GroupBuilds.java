package dev.ascform.kinds;

import dev.ascform.api.AscClient;
import dev.ascform.api.PagedResult;
import dev.ascform.api.jsonapi.Resource;
import dev.ascform.api.jsonapi.ResourceRef;
import dev.ascform.api.resources.Attributes;
import dev.ascform.model.BuildSelection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The builds of the apps whose beta groups declare or hold builds, read in one paged collection
 * read: {@code GET /v1/builds?filter[app]=<ids>&include=preReleaseVersion,app} (one request per 200
 * builds), newest first. Labels a build {@code "2.4 (240)"}, and resolves {@code latest}: the
 * newest VALID, unexpired build of the version (by upload date). A build the read did not cover
 * (e.g. of another app) is read by id.
 */
final class GroupBuilds {
  /** A build of one app and marketing version. */
  record Build(String id, String version, String number, Instant uploaded, boolean usable) {
    String label() {
      return version + " (" + number + ")";
    }
  }

  private final Map<String, List<Build>> byAppVersion = new HashMap<>();
  private final Map<String, Build> byId = new HashMap<>();

  /**
   * Reads the builds of these apps (Apple ids, to bundle identifiers) in one paged read; none when
   * the set is empty.
   */
  static GroupBuilds read(AscClient c, Map<String, String> bundleIdsByAppId) {
    GroupBuilds out = new GroupBuilds();
    if (bundleIdsByAppId.isEmpty()) {
      return out;
    }
    String ids = String.join(",", new TreeSet<>(bundleIdsByAppId.keySet()));
    PagedResult page =
        c.pager()
            .all(
                () ->
                    c.builds()
                        .listIncluding(
                            ids,
                            "preReleaseVersion,app",
                            "version,uploadedDate,expired,processingState,preReleaseVersion,app",
                            "version,platform",
                            "bundleId"));
    Map<ResourceRef, Resource> included = page.includedByRef();
    for (Resource r : page.data()) {
      String appId = one(r, "app");
      String bundleId = bundleIdsByAppId.get(appId);
      String versionId = one(r, "preReleaseVersion");
      Resource v =
          versionId == null ? null : included.get(new ResourceRef("preReleaseVersions", versionId));
      if (bundleId == null || v == null) {
        continue;
      }
      Attributes.Build a = r.attributesAs(Attributes.Build.class);
      Build b =
          new Build(
              r.id(),
              v.attributesAs(Attributes.PreReleaseVersion.class).version(),
              a.version(),
              r.instant(a.uploadedDate()),
              "VALID".equals(a.processingState()) && !Boolean.TRUE.equals(a.expired()));
      out.byId.put(b.id(), b);
      out.byAppVersion.computeIfAbsent(bundleId + "|" + b.version(), k -> new ArrayList<>()).add(b);
    }
    // by instant, not by text: Apple's dates carry different offsets (-08:00, +0000, Z)
    Comparator<Build> newestFirst =
        Comparator.comparing(Build::uploaded, Comparator.nullsLast(Comparator.reverseOrder()));
    out.byAppVersion.values().forEach(list -> list.sort(newestFirst));
    return out;
  }

  private static String one(Resource r, String relationship) {
    var rel = r.relationship(relationship);
    List<ResourceRef> refs = rel == null ? List.of() : rel.refs();
    return refs.isEmpty() ? null : refs.get(0).id();
  }

  /** The (app, version) keys a selection needs: {@code bundleId|version}. */
  static Set<String> keys(String bundleId, BuildSelection s) {
    Set<String> out = new TreeSet<>();
    if (s instanceof BuildSelection.Listed l) {
      l.builds().forEach(b -> out.add(bundleId + "|" + b.version()));
    } else if (s instanceof BuildSelection.Latest l) {
      l.version().ifPresent(v -> out.add(bundleId + "|" + v));
    }
    return out;
  }

  /** The wanted builds as labels (sorted), or null when the group does not manage builds. */
  List<String> wanted(String bundleId, BuildSelection s) {
    if (s instanceof BuildSelection.Listed l) {
      if (l.builds().isEmpty()) {
        return null;
      }
      return List.copyOf(
          new TreeSet<>(
              l.builds().stream().map(b -> b.version() + " (" + b.build() + ")").toList()));
    }
    BuildSelection.Latest l = (BuildSelection.Latest) s;
    String v = l.version().orElse("?");
    return List.of(latest(bundleId, v).map(Build::label).orElse(v + " (no valid build)"));
  }

  private Optional<Build> latest(String bundleId, String version) {
    return byAppVersion.getOrDefault(bundleId + "|" + version, List.of()).stream()
        .filter(Build::usable)
        .findFirst();
  }

  /** The build with this label of this app, or null. */
  String idOf(String bundleId, String label) {
    int open = label.lastIndexOf(" (");
    String version = label.substring(0, open);
    String number = label.substring(open + 2, label.length() - 1);
    return byAppVersion.getOrDefault(bundleId + "|" + version, List.of()).stream()
        .filter(b -> b.number().equals(number))
        .map(Build::id)
        .findFirst()
        .orElse(null);
  }

  /**
   * Labels of live build ids, sorted. A build of a version no group declares is read by id (one
   * request) and labelled by its build number: {@code "build 231"}.
   */
  List<String> labels(AscClient c, List<ResourceRef> ids) {
    TreeSet<String> out = new TreeSet<>();
    for (ResourceRef r : ids) {
      Build b = byId.get(r.id());
      out.add(
          b != null
              ? b.label()
              : Not404.read(() -> c.builds().get(r.id()).data())
                  .map(x -> "build " + x.attributesAs(Attributes.Build.class).version())
                  .orElse("build id " + r.id()));
    }
    return List.copyOf(out);
  }
}
