package dev.ascform.sandbox.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ascform.sandbox.pki.SandboxCa;
import dev.ascform.sandbox.resources.Capabilities;
import dev.ascform.sandbox.resources.Certificates;
import dev.ascform.sandbox.resources.Devices;
import dev.ascform.sandbox.resources.Profiles;
import dev.ascform.sandbox.store.Account;
import dev.ascform.sandbox.store.Entity;
import dev.ascform.sandbox.store.Ids;
import dev.ascform.sandbox.store.Team;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Loads a seed YAML file (format in docs/SANDBOX.md) into a new account. */
final class SeedLoader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Path file;
  private final Clock clock;
  private final SandboxCa ca;
  private final Account account;
  private final Map<String, String> certificateRefs = new HashMap<>();

  /** Indexes by natural key, so that large seeds load in linear time. */
  private final Map<String, String> deviceIdsByUdid = new HashMap<>();

  private final Map<String, Entity> testersByEmail = new HashMap<>();
  private final Map<String, Entity> preReleaseVersions = new HashMap<>();

  private SeedLoader(Path file, Clock clock, SandboxCa ca, Account account) {
    this.file = file;
    this.clock = clock;
    this.ca = ca;
    this.account = account;
  }

  static Account load(Path file, Clock clock, SandboxCa ca) {
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read the sandbox seed " + file + ": " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the sandbox seed " + file + " must be a YAML mapping");
    }
    SeedLoader loader =
        new SeedLoader(file, clock, ca, new Account(team(file, root.path("team"), clock)));
    loader.loadAll(root);
    return loader.account;
  }

  private static Team team(Path file, JsonNode t, Clock clock) {
    Team fallback = Seeds.defaultTeam(clock);
    List<String> vendors = new ArrayList<>();
    t.path("vendorNumbers").forEach(v -> vendors.add(v.asText()));
    return new Team(
        t.path("name").asText(fallback.name()),
        t.path("teamId").asText(fallback.teamId()),
        vendors.isEmpty() ? fallback.vendorNumbers() : vendors,
        t.path("membershipYearStart").asText(fallback.membershipYearStart()));
  }

  private void loadAll(JsonNode root) {
    each(root, "apps", this::app);
    each(root, "builds", this::build);
    each(root, "bundleIds", this::bundleId);
    each(root, "devices", this::device);
    each(root, "certificates", this::certificate);
    each(root, "profiles", this::profile);
    each(root, "users", n -> SeedPeople.user(account, n, this));
    each(root, "invitations", n -> SeedPeople.invitation(account, n, this, clock));
    each(root, "betaTesters", n -> SeedPeople.tester(account, n, this));
    each(root, "betaGroups", n -> SeedPeople.group(account, n, this, clock));
  }

  private interface Item {
    void load(Field node);
  }

  private void each(JsonNode root, String section, Item item) {
    JsonNode list = root.path(section);
    for (int i = 0; i < list.size(); i++) {
      item.load(new Field(file, section + "[" + i + "]", list.get(i)));
    }
  }

  private void app(Field n) {
    Entity e = Entity.of("apps", n.text("id", Ids.numeric()));
    e.attributes()
        .put("name", n.required("name"))
        .put("bundleId", n.required("bundleId"))
        .put(
            "sku", n.text("sku", n.required("bundleId").toUpperCase(Locale.ROOT).replace('.', '_')))
        .put("primaryLocale", n.text("primaryLocale", "en-US"));
    account.put(e);
  }

  private void build(Field n) {
    Entity app = appByBundleId(n, n.required("app"));
    Entity e = Entity.of("builds", Ids.uuid());
    Instant uploaded = Instant.parse(n.text("uploadedDate", clock.instant().toString()));
    e.attributes()
        .put("version", n.required("buildNumber"))
        .put("uploadedDate", uploaded.toString())
        .put("expirationDate", uploaded.plusSeconds(90L * 86400).toString())
        .put("expired", n.node().path("expired").asBoolean(false))
        .put("processingState", n.text("processingState", "VALID"))
        .put("minOsVersion", n.text("minOsVersion", "16.0"))
        .put("buildAudienceType", "APP_STORE_ELIGIBLE")
        .put("usesNonExemptEncryption", false);
    String version = n.required("version");
    String platform = n.text("platform", "IOS");
    e.internal()
        .put("preReleaseVersion.version", version)
        .put("preReleaseVersion.platform", platform);
    e.setOne("app", app.id());
    e.setOne("preReleaseVersion", preReleaseVersion(app, version, platform).id());
    account.put(e);
  }

  /** The marketing version (type preReleaseVersions) of an app and platform, made on first use. */
  private Entity preReleaseVersion(Entity app, String version, String platform) {
    return preReleaseVersions.computeIfAbsent(
        app.id() + "|" + platform + "|" + version,
        k -> {
          Entity v = Entity.of("preReleaseVersions", Ids.uuid());
          v.attributes().put("version", version).put("platform", platform);
          v.setOne("app", app.id());
          account.put(v);
          return v;
        });
  }

  private void bundleId(Field n) {
    Entity e = Entity.of("bundleIds", n.text("id", Ids.short10()));
    e.attributes()
        .put("name", n.required("name"))
        .put("identifier", n.required("identifier"))
        .put("platform", n.text("platform", "IOS"))
        .put("seedId", n.text("seedId", account.team().teamId()));
    account.put(e);
    JsonNode caps = n.node().path("capabilities");
    for (JsonNode c : caps) {
      String type = c.isTextual() ? c.asText() : c.path("type").asText();
      Entity cap = Capabilities.add(account, e, type);
      if (c.has("settings")) {
        cap.attributes().set("settings", c.get("settings").deepCopy());
      }
    }
  }

  private void device(Field n) {
    String platform = n.text("platform", "IOS");
    String name = n.required("name");
    String deviceClass = n.text("deviceClass", Devices.deviceClass(platform, name));
    Entity e = Entity.of("devices", n.text("id", Ids.short10()));
    e.attributes()
        .put("name", name)
        .put("udid", n.required("udid"))
        .put("platform", platform)
        .put("deviceClass", deviceClass)
        .put("status", n.text("status", "ENABLED"))
        .put(
            "addedDate",
            n.text("addedDate", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString()));
    if (n.node().has("model")) {
      e.attributes().put("model", n.node().get("model").asText());
    }
    account.put(e);
    deviceIdsByUdid.putIfAbsent(e.text("udid").toLowerCase(Locale.ROOT), e.id());
    account
        .deviceRegistrations()
        .merge(Devices.slotKey(account, deviceClass, clock), 1, Integer::sum);
  }

  private void certificate(Field n) {
    Entity e =
        Certificates.issue(
            account, ca, SandboxCa.generatedCsr(), n.required("type"), clock.instant());
    if (n.node().has("expirationDate")) {
      e.attributes().put("expirationDate", n.node().get("expirationDate").asText());
    }
    if (n.node().has("name")) {
      e.attributes().put("name", n.node().get("name").asText());
    }
    if (n.node().has("serialNumber")) {
      e.attributes().put("serialNumber", n.node().get("serialNumber").asText());
    }
    e = withSeededId(n, e);
    certificateRefs.put(n.text("ref", e.id()), e.id());
  }

  private void profile(Field n) {
    Entity bundleId =
        account.all("bundleIds").stream()
            .filter(b -> b.text("identifier").equals(n.required("bundleId")))
            .findFirst()
            .orElseThrow(
                () ->
                    n.error(
                        "bundleId", "no bundle ID '" + n.required("bundleId") + "' in the seed"));
    List<String> certs = new ArrayList<>();
    for (JsonNode ref : n.node().path("certificates")) {
      String id = certificateRefs.get(ref.asText());
      if (id == null) {
        throw n.error("certificates", "no certificate with ref '" + ref.asText() + "' in the seed");
      }
      certs.add(id);
    }
    List<String> devices = new ArrayList<>();
    for (JsonNode udid : n.node().path("devices")) {
      String id = deviceIdsByUdid.get(udid.asText().toLowerCase(Locale.ROOT));
      if (id == null) {
        throw n.error("devices", "no device with UDID '" + udid.asText() + "' in the seed");
      }
      devices.add(id);
    }
    Entity p =
        Profiles.create(
            account,
            n.required("name"),
            n.required("type"),
            bundleId.id(),
            certs,
            devices,
            clock.instant());
    p.attributes().put("profileState", n.text("state", "ACTIVE"));
    withSeededId(n, p);
  }

  /** The entity under the seed's fixed {@code id}, when it gives one (stable golden plans). */
  private Entity withSeededId(Field n, Entity e) {
    if (!n.node().has("id")) {
      return e;
    }
    account.remove(e.type(), e.id());
    Entity fixed =
        new Entity(
            e.type(), n.node().get("id").asText(), e.attributes(), e.relationships(), e.internal());
    account.put(fixed);
    return fixed;
  }

  /** The seeded beta tester with this email (case-insensitive), if any. */
  Entity testerByEmail(String email) {
    return testersByEmail.get(email.toLowerCase(Locale.ROOT));
  }

  /** Records a seeded beta tester for {@link #testerByEmail}. */
  void rememberTester(Entity tester) {
    testersByEmail.putIfAbsent(tester.text("email").toLowerCase(Locale.ROOT), tester);
  }

  /** The app with this bundle identifier, or a seed error. */
  Entity appByBundleId(Field n, String bundleId) {
    return account.all("apps").stream()
        .filter(a -> bundleId.equals(a.text("bundleId")))
        .findFirst()
        .orElseThrow(() -> n.error("app", "no app with bundle ID '" + bundleId + "' in the seed"));
  }
}
