package dev.ascform.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.api.AscClient;
import dev.ascform.api.testing.TeamClients;
import dev.ascform.kinds.BundleIdKind;
import dev.ascform.kinds.CapabilityKind;
import dev.ascform.kinds.DeviceKind;
import dev.ascform.kinds.Kinds;
import dev.ascform.model.AccountSpec;
import dev.ascform.model.CredentialRefs;
import dev.ascform.model.DesiredState;
import dev.ascform.plan.KindSnapshot;
import dev.ascform.sandbox.Sandbox;
import dev.ascform.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live read's request counts, exact: every page at limit=200, capabilities included with their
 * bundle IDs, the relationship endpoint only for a bundle ID beyond the include cap, and one read
 * of bundle IDs for both kinds that need it.
 */
class LiveReaderTest {
  @TempDir Path tmp;

  @Test
  void readsEverythingWithTheFewestRequests() throws Exception {
    StringBuilder seed = new StringBuilder("bundleIds:\n");
    seed.append("  - {identifier: com.acme.big, name: Big, platform: IOS, capabilities: [");
    for (int i = 0; i < 55; i++) {
      seed.append(i == 0 ? "" : ", ").append("CAP_").append(i);
    }
    seed.append("]}\n");
    for (int i = 0; i < 3; i++) {
      seed.append("  - {identifier: com.acme.app")
          .append(i)
          .append(", name: App, platform: IOS, capabilities: [PUSH_NOTIFICATIONS]}\n");
    }
    seed.append("devices:\n");
    String[] classes = {"IPHONE", "IPAD", "MAC"};
    for (int i = 0; i < 205; i++) {
      String cls = classes[i % 3];
      seed.append(
          String.format(
              Locale.ROOT,
              "  - {name: D%d, udid: \"%040x\", platform: %s," + " deviceClass: %s}%n",
              i,
              i + 1,
              cls.equals("MAC") ? "MAC_OS" : "IOS",
              cls));
    }
    Path seedFile = tmp.resolve("seed.yaml");
    Files.writeString(seedFile, seed);
    try (Sandbox sb = Sandbox.start(SandboxOptions.defaults().withSeedFile(seedFile))) {
      var key = sb.teamKey();
      AscClient client = TeamClients.of(sb.baseUrl(), key);
      DesiredState nothing =
          new DesiredState(
              new AccountSpec("t", CredentialRefs.none()),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null);
      LiveState live = new LiveReader(client).read(Kinds.all(), nothing);

      assertThat(live.requests())
          .containsOnlyKeys(
              "GET /v1/bundleIds",
              "GET /v1/devices",
              "GET /v1/bundleIds/{id}/bundleIdCapabilities",
              "GET /v1/certificates",
              "GET /v1/profiles",
              "GET /v1/apps",
              "GET /v1/users",
              "GET /v1/userInvitations",
              "GET /v1/betaGroups",
              "GET /v1/betaTesters");
      assertThat(live.requests().get("GET /v1/certificates")).isEqualTo(1);
      assertThat(live.requests().get("GET /v1/profiles")).isEqualTo(1);
      assertThat(live.requests().get("GET /v1/bundleIds")).isEqualTo(1);
      assertThat(live.requests().get("GET /v1/devices")).isEqualTo(2);
      assertThat(live.requests().get("GET /v1/bundleIds/{id}/bundleIdCapabilities")).isEqualTo(1);
      assertThat(live.collections()).isEqualTo(9);
      for (KindSnapshot<?, ?> s : live.snapshots()) {
        int expected =
            s.kind() instanceof BundleIdKind
                ? 4
                : s.kind() instanceof CapabilityKind
                    ? 58
                    : s.kind() instanceof DeviceKind ? 205 : 0;
        assertThat(s.live()).as(s.kind().name()).hasSize(expected);
      }
    }
  }
}
