package dev.ascform.kinds;

import dev.ascform.api.AscClient;
import dev.ascform.api.PagedResult;
import dev.ascform.api.jsonapi.Resource;
import dev.ascform.api.jsonapi.ResourceRef;
import dev.ascform.kinds.ProfileKind.Live;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads every profile in one request per 200: {@code GET /v1/profiles?include=bundleId,
 * certificates,devices&limit=200&limit[devices]=50}. Where Apple's include cap truncates a
 * profile's devices or certificates, the complete lists come from its {@code profileContent}
 * (the property list names every device UDID and certificate), never from one request per
 * profile.
 */
final class ProfileReads {
  /** The shared read of every profile. */
  static final String READ = "profiles";

  static final String INCLUDE = "bundleId,certificates,devices";

  private ProfileReads() {}

  static List<Live> all(AscClient c) {
    PagedResult page = c.pager().all(() -> c.profiles().list(null, null, null, INCLUDE, 50, null));
    List<Live> out = new ArrayList<>();
    page.data().forEach(r -> out.add(live(r, page)));
    return out;
  }

  static Live live(Resource r, PagedResult page) {
    Map<ResourceRef, Resource> inc = page.includedByRef();
    ResourceRef b = ProfileKind.bundleRef(r);
    Resource bundle = b == null ? null : inc.get(b);
    String content = r.text("profileContent");
    List<String> udids = new ArrayList<>();
    List<String> serials = new ArrayList<>();
    boolean devicesFromContent = ProfileKind.truncated(r, "devices") && content != null;
    boolean certsFromContent = ProfileKind.truncated(r, "certificates") && content != null;
    if (devicesFromContent) {
      udids.addAll(ProfilePlist.devices(content));
    } else {
      related(r, "devices", inc).forEach(d -> udids.add(d.text("udid").toLowerCase(Locale.ROOT)));
    }
    if (certsFromContent) {
      serials.addAll(ProfilePlist.certificateSerials(content));
    } else {
      related(r, "certificates", inc).forEach(x -> serials.add(x.text("serialNumber")));
    }
    return new Live(r.id(), r.text("name"), r.text("profileType"), r.text("profileState"),
        bundle == null ? null : bundle.text("identifier"), r.instant("expirationDate"),
        serials, udids, content);
  }

  private static List<Resource> related(Resource r, String rel, Map<ResourceRef, Resource> inc) {
    List<Resource> out = new ArrayList<>();
    var x = r.relationship(rel);
    if (x != null && x.hasData()) {
      x.refs().forEach(ref -> {
        Resource found = inc.get(ref);
        if (found != null) {
          out.add(found);
        }
      });
    }
    return out;
  }
}
