package dev.ascform.sandbox.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.generate.GeneratedConfig;
import dev.ascform.sandbox.generate.AccountModel.Device;
import dev.ascform.sandbox.generate.AccountModel.Group;
import dev.ascform.sandbox.generate.AccountModel.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccountGeneratorTest {
  @TempDir Path tmp;

  @Test
  void theSameSeedWritesTheSameBytes() throws Exception {
    AccountGenerator.Result a =
        AccountGenerator.generate(Scale.MEDIUM, 7, tmp.resolve("a"), GeneratedConfig::write);
    AccountGenerator.Result b =
        AccountGenerator.generate(Scale.MEDIUM, 7, tmp.resolve("b"), GeneratedConfig::write);
    assertThat(a.files()).hasSize(8);
    for (Path f : a.files()) {
      assertThat(Files.readAllBytes(tmp.resolve("b").resolve(f.getFileName())))
          .as(f.getFileName().toString())
          .isEqualTo(Files.readAllBytes(f));
    }
    assertThat(b.counts()).isEqualTo(a.counts());
  }

  @Test
  void anotherSeedWritesAnotherAccount() throws Exception {
    AccountGenerator.generate(Scale.SMALL, 1, tmp.resolve("a"), GeneratedConfig::write);
    AccountGenerator.generate(Scale.SMALL, 2, tmp.resolve("b"), GeneratedConfig::write);
    assertThat(Files.readString(tmp.resolve("b/devices.yaml")))
        .isNotEqualTo(Files.readString(tmp.resolve("a/devices.yaml")));
  }

  @ParameterizedTest
  @EnumSource(Scale.class)
  void countsFollowTheScale(Scale scale) {
    AccountModel m = AccountGenerator.model(scale, 1);
    AccountCounts c = AccountGenerator.counts(m);
    assertThat(c.count("apps")).isEqualTo(scale.apps);
    assertThat(c.count("builds")).isEqualTo(scale.apps * Scale.BUILDS_PER_APP);
    assertThat(c.count("bundleIds")).isEqualTo(scale.bundleIds);
    assertThat(c.capabilities()).isEqualTo(scale.bundleIds * Scale.CAPABILITIES_PER_BUNDLE_ID);
    assertThat(c.count("devices")).isEqualTo(scale.devices());
    assertThat(m.devices.stream().filter(d -> d.deviceClass().equals("IPHONE")).count())
        .isEqualTo(scale.iphones);
    assertThat(m.devices.stream().filter(d -> d.deviceClass().equals("IPAD")).count())
        .isEqualTo(scale.ipads);
    assertThat(m.devices.stream().filter(d -> d.deviceClass().equals("MAC")).count())
        .isEqualTo(scale.macs);
    assertThat(c.count("certificates")).isEqualTo(scale.certificates);
    assertThat(c.count("profiles")).isEqualTo(scale.profiles);
    assertThat(c.count("users")).isEqualTo(scale.users);
    assertThat(c.count("userInvitations")).isEqualTo(scale.invitations);
    assertThat(c.count("betaGroups")).isEqualTo(scale.betaGroups());
    assertThat(c.count("betaTesters")).isEqualTo(scale.testers);
  }

  @ParameterizedTest
  @EnumSource(Scale.class)
  void keysAreUniqueAndValid(Scale scale) {
    AccountModel m = AccountGenerator.model(scale, 3);
    new Drift(m).apply();
    assertUnique(m.devices.stream().map(d -> d.udid().toUpperCase()).toList());
    assertUnique(m.people.stream().map(p -> p.email().toLowerCase()).toList());
    assertUnique(m.testers.keySet().stream().map(String::toLowerCase).toList());
    assertUnique(m.profiles.stream().map(Profile::name).toList());
    assertUnique(m.bundleIds.stream().map(b -> b.identifier().toLowerCase()).toList());
    for (Device d : m.devices) {
      String pattern =
          d.platform().equals("MAC_OS")
              ? "[0-9A-F]{8}-[0-9A-F]{16}|[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}"
              : "[0-9A-F]{8}-[0-9A-F]{16}|[0-9a-f]{40}";
      assertThat(d.udid()).as(d.local()).matches(pattern);
    }
    m.bundleIds.forEach(b -> assertThat(b.identifier()).matches("[a-z0-9.]+"));
  }

  @ParameterizedTest
  @EnumSource(Scale.class)
  void signingFollowsApplesRules(Scale scale) {
    AccountModel m = AccountGenerator.model(scale, 5);
    assertThat(
            m.certificates.stream()
                .filter(c -> Set.of("DISTRIBUTION", "IOS_DISTRIBUTION").contains(c.type()))
                .count())
        .isBetween(1L, 3L);
    Map<String, String> certType = new HashMap<>();
    m.certificates.forEach(c -> certType.put(c.local(), c.type()));
    Map<String, String> bundlePlatform = new HashMap<>();
    m.bundleIds.forEach(b -> bundlePlatform.put(b.local(), b.platform()));
    long withDevices = 0;
    for (Profile p : m.profiles) {
      boolean mac = p.type().startsWith("MAC_");
      assertThat(bundlePlatform.get(p.bundleLocal())).isIn(mac ? "MAC_OS" : "IOS", "UNIVERSAL");
      boolean holdsDevices = p.type().endsWith("_DEVELOPMENT") || p.type().endsWith("_ADHOC");
      if (holdsDevices) {
        withDevices++;
        int available = mac ? scale.macs : scale.iphones + scale.ipads;
        assertThat(p.seedDevices())
            .hasSizeBetween(
                Math.min(scale.profileDevicesMin, available),
                Math.min(scale.profileDevicesMax, available));
        p.seedDevices()
            .forEach(d -> assertThat(m.device(d).platform()).isEqualTo(mac ? "MAC_OS" : "IOS"));
      } else {
        assertThat(p.seedDevices()).isEmpty();
      }
      String wanted =
          p.type().endsWith("_DEVELOPMENT")
              ? "DEVELOPMENT"
              : p.type().endsWith("_DIRECT") ? "DEVELOPER_ID_APPLICATION" : "DISTRIBUTION";
      p.certificates().forEach(c -> assertThat(certType.get(c)).isEqualTo(wanted));
    }
    assertThat(withDevices).isEqualTo(scale.profiles / 2);
  }

  @Test
  void everyExternalTesterIsInOneOrTwoGroups() {
    AccountModel m = AccountGenerator.model(Scale.MEDIUM, 1);
    Map<String, Integer> groups = new HashMap<>();
    for (Group g : m.groups) {
      assertThat(new HashSet<>(g.seedTesters())).hasSameSizeAs(g.seedTesters());
      g.seedTesters().forEach(t -> groups.merge(t, 1, Integer::sum));
      if (g.internal()) {
        Set<String> team = new HashSet<>();
        m.people.forEach(p -> team.add(p.email()));
        assertThat(team).containsAll(g.seedTesters());
      }
    }
    assertThat(groups.keySet()).isEqualTo(m.testers.keySet());
    assertThat(groups.values()).allMatch(n -> n >= 1 && n <= 2);
  }

  private static void assertUnique(List<String> keys) {
    assertThat(new HashSet<>(keys)).hasSameSizeAs(keys);
  }
}
