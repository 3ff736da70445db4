package dev.ascform.kinds;

import dev.ascform.api.AscClient;
import dev.ascform.api.PagedResult;
import dev.ascform.api.Relationships;
import dev.ascform.api.jsonapi.Relationship;
import dev.ascform.api.jsonapi.Resource;
import dev.ascform.api.jsonapi.ResourceRef;
import dev.ascform.api.resources.Attributes;
import dev.ascform.kinds.ProfileKind.Live;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads every profile in one request per 200: {@code GET /v1/profiles?include=bundleId,
 * certificates,devices&limit=200&limit[devices]=50}. Where Apple's include cap truncates a
 * profile's devices or certificates, the complete lists come from its {@code profileContent} (the
 * property list names every device UDID and certificate), never from one request per profile. Only
 * a profile whose response lacks a linkage (or its included resources) and has no {@code
 * profileContent} to stand in is read through its relationship endpoints ({@code
 * /v1/profiles/{id}/bundleId}, {@code .../certificates}, {@code .../devices}): never exported as
 * having no bundle ID or no certificates because the response left them out.
 */
final class ProfileReads {
  /** The shared read of every profile. */
  static final String READ = "profiles";

  static final String INCLUDE = "bundleId,certificates,devices";

  private ProfileReads() {}

  static List<Live> all(AscClient c) {
    PagedResult page = c.pager().all(() -> c.profiles().list(null, null, null, INCLUDE, 50, null));
    List<Live> out = new ArrayList<>();
    page.data().forEach(r -> out.add(live(c, r, page)));
    return out;
  }

  static Live live(AscClient c, Resource r, PagedResult page) {
    Map<ResourceRef, Resource> inc = page.includedByRef();
    Attributes.Profile a = r.attributesAs(Attributes.Profile.class);
    String content = a.profileContent();
    List<String> udids = new ArrayList<>();
    List<String> serials = new ArrayList<>();
    boolean devicesFromContent = ProfileKind.truncated(r, "devices") && content != null;
    boolean certsFromContent = ProfileKind.truncated(r, "certificates") && content != null;
    if (devicesFromContent) {
      udids.addAll(ProfilePlist.devices(content));
    } else {
      related(r, "devices", inc, () -> c.pager().all(() -> c.profiles().devices(r.id())).data())
          .forEach(
              d ->
                  udids.add(
                      d.attributesAs(Attributes.Device.class).udid().toLowerCase(Locale.ROOT)));
    }
    if (certsFromContent) {
      serials.addAll(ProfilePlist.certificateSerials(content));
    } else {
      related(
              r,
              "certificates",
              inc,
              () -> c.pager().all(() -> c.profiles().certificates(r.id())).data())
          .forEach(x -> serials.add(x.attributesAs(Attributes.Certificate.class).serialNumber()));
    }
    return new Live(
        r.id(),
        a.name(),
        a.profileType(),
        a.profileState(),
        bundleIdentifier(c, r, inc),
        r.instant(a.expirationDate()),
        serials,
        udids,
        content);
  }

  /** The bundle identifier: from the included bundle ID, else from {@code /bundleId}. */
  private static String bundleIdentifier(AscClient c, Resource r, Map<ResourceRef, Resource> inc) {
    Relationship rel = r.relationship("bundleId");
    ResourceRef b = ProfileKind.bundleRef(r);
    Resource bundle = b == null ? null : inc.get(b);
    if (bundle != null) {
      return BundleIdKind.Live.identifier(bundle);
    }
    if (rel != null && rel.hasData() && b == null) {
      return null; // Apple says: no bundle ID
    }
    return Not404.read(() -> c.profiles().bundleId(r.id()))
        .map(doc -> doc.data() == null ? null : BundleIdKind.Live.identifier(doc.data()))
        .orElse(null);
  }

  /**
   * The related resources: those the linkage names, from {@code included}, when the linkage is
   * there, complete, and every one was included; else the relationship endpoint's pages.
   */
  private static List<Resource> related(
      Resource r, String rel, Map<ResourceRef, Resource> inc, Supplier<List<Resource>> endpoint) {
    Relationship x = r.relationship(rel);
    if (x == null || !x.hasData() || x.mayBeTruncated(Relationships.INCLUDE_CAP)) {
      return endpoint.get();
    }
    List<Resource> out = new ArrayList<>();
    for (ResourceRef ref : x.refs()) {
      Resource found = inc.get(ref);
      if (found == null) {
        return endpoint.get();
      }
      out.add(found);
    }
    return out;
  }
}
