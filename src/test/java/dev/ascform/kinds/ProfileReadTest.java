package dev.ascform.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.api.AscClient;
import dev.ascform.api.testing.TeamClients;
import dev.ascform.live.LiveReader;
import dev.ascform.live.LiveState;
import dev.ascform.model.AccountSpec;
import dev.ascform.model.CredentialRefs;
import dev.ascform.model.DesiredState;
import dev.ascform.plan.KindSnapshot;
import dev.ascform.sandbox.Sandbox;
import dev.ascform.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profiles are read in one request per 200 even when Apple's include cap (50) truncates their
 * devices: the complete device and certificate lists come from {@code profileContent}.
 */
class ProfileReadTest {
  @TempDir Path tmp;

  @Test
  void aProfileWithMoreDevicesThanTheIncludeCapCostsNoExtraRequest() throws Exception {
    StringBuilder seed =
        new StringBuilder(
            "bundleIds:\n"
                + "  - {identifier: com.acme.app, name: App, platform: IOS}\n"
                + "certificates:\n"
                + "  - {ref: dev, type: DEVELOPMENT}\n"
                + "  - {ref: dev2, type: IOS_DEVELOPMENT}\n"
                + "devices:\n");
    StringBuilder udids = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      String udid = String.format(Locale.ROOT, "%040x", i + 1);
      seed.append("  - {name: D")
          .append(i)
          .append(", udid: \"")
          .append(udid)
          .append("\", platform: IOS, deviceClass: IPHONE}\n");
      udids.append(i == 0 ? "" : ", ").append('"').append(udid).append('"');
    }
    seed.append(
            "profiles:\n  - {name: Big, type: IOS_APP_DEVELOPMENT, bundleId: com.acme.app,"
                + " certificates: [dev, dev2], devices: [")
        .append(udids)
        .append(
            "]}\n"
                + "  - {name: Small, type: IOS_APP_DEVELOPMENT, bundleId: com.acme.app,"
                + " certificates: [dev], devices: [\"")
        .append(String.format(Locale.ROOT, "%040x", 1))
        .append("\"]}\n");
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

      // every collection once, and no request per profile although "Big" has 60 devices
      assertThat(live.requests())
          .isEqualTo(
              Map.of(
                  "GET /v1/bundleIds",
                  1,
                  "GET /v1/devices",
                  1,
                  "GET /v1/certificates",
                  1,
                  "GET /v1/profiles",
                  1,
                  "GET /v1/apps",
                  1,
                  "GET /v1/users",
                  1,
                  "GET /v1/userInvitations",
                  1,
                  "GET /v1/betaGroups",
                  1,
                  "GET /v1/betaTesters",
                  1));
      ProfileKind.Live big =
          profiles(live).stream().filter(p -> p.name().equals("Big")).findFirst().orElseThrow();
      assertThat(big.udids()).hasSize(60).contains(String.format(Locale.ROOT, "%040x", 60));
      assertThat(big.certificateSerials()).hasSize(2);
      ProfileKind.Live small =
          profiles(live).stream().filter(p -> p.name().equals("Small")).findFirst().orElseThrow();
      assertThat(small.udids()).containsExactly(String.format(Locale.ROOT, "%040x", 1));
      assertThat(small.bundleIdentifier()).isEqualTo("com.acme.app");
      assertThat(sb.stats().count("GET /v1/profiles/{id}/devices")).isZero();
    }
  }

  @SuppressWarnings("unchecked")
  private static List<ProfileKind.Live> profiles(LiveState live) {
    for (KindSnapshot<?, ?> s : live.snapshots()) {
      if (s.kind() instanceof ProfileKind) {
        return (List<ProfileKind.Live>) s.live();
      }
    }
    throw new AssertionError("no profile snapshot");
  }
}
