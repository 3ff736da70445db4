package dev.ascform.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascform.diag.SourcePos;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DesiredStateTest {
  static final SourcePos POS = new SourcePos(Path.of("c.yaml"), 1, 1);

  static DeviceSpec device(
      String key, BundleIdPlatform platform, DeviceStatus status, List<String> tags) {
    return new DeviceSpec(
        key,
        key,
        "00008110-000C1D2E3F40516" + key.length(),
        platform,
        Optional.empty(),
        status,
        tags,
        false,
        POS);
  }

  @Test
  void recordsCopyWhatTheyAreGiven() {
    List<String> tags = new ArrayList<>(List.of("qa"));
    DeviceSpec d = device("phone", BundleIdPlatform.IOS, DeviceStatus.ENABLED, tags);
    tags.add("dev");
    assertThat(d.tags()).containsExactly("qa");
    assertThatThrownBy(() -> d.tags().add("x")).isInstanceOf(UnsupportedOperationException.class);

    TreeMap<String, DeviceSpec> devices = new TreeMap<>(Map.of("phone", d));
    DesiredState s =
        new DesiredState(
            new AccountSpec("t", null), null, null, devices, null, null, null, null, null, null);
    devices.clear();
    assertThat(s.devices()).containsOnlyKeys("phone");
    assertThatThrownBy(() -> s.devices().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(s.account().credentials()).isEqualTo(CredentialRefs.none());
    assertThat(s.settings()).isEqualTo(Settings.defaults());
  }

  @Test
  void allDevicesMeansEnabledDevicesThatFitTheProfileType() {
    Map<String, DeviceSpec> devices =
        Map.of(
            "a", device("a", BundleIdPlatform.IOS, DeviceStatus.ENABLED, List.of("qa")),
            "bb", device("bb", BundleIdPlatform.IOS, DeviceStatus.DISABLED, List.of("qa")),
            "ccc", device("ccc", BundleIdPlatform.MAC_OS, DeviceStatus.ENABLED, List.of("qa")),
            "dddd", device("dddd", BundleIdPlatform.IOS, DeviceStatus.ENABLED, List.of()));
    ProfileSpec all =
        new ProfileSpec(
            "p",
            "P",
            ProfileType.IOS_APP_ADHOC,
            "b",
            new CertificateSelection.Named(List.of("c")),
            new DeviceSelection.All(),
            Optional.empty(),
            false,
            POS);
    ProfileSpec qa =
        new ProfileSpec(
            "q",
            "Q",
            ProfileType.IOS_APP_ADHOC,
            "b",
            new CertificateSelection.Named(List.of("c")),
            new DeviceSelection.Selector(Optional.empty(), Optional.empty(), List.of("qa")),
            Optional.empty(),
            false,
            POS);
    ProfileSpec mac =
        new ProfileSpec(
            "m",
            "M",
            ProfileType.MAC_APP_DEVELOPMENT,
            "b",
            new CertificateSelection.Named(List.of("c")),
            new DeviceSelection.All(),
            Optional.empty(),
            false,
            POS);
    DesiredState s =
        new DesiredState(
            new AccountSpec("t", null),
            null,
            null,
            new TreeMap<>(devices),
            null,
            null,
            null,
            null,
            null,
            null);
    assertThat(s.devicesOf(all)).extracting(DeviceSpec::key).containsExactly("a", "dddd");
    assertThat(s.devicesOf(qa)).extracting(DeviceSpec::key).containsExactly("a");
    assertThat(s.devicesOf(mac)).extracting(DeviceSpec::key).containsExactly("ccc");
  }

  @Test
  void profileTypesKnowWhatAppleAccepts() {
    assertThat(ProfileType.IOS_APP_STORE.takesDevices()).isFalse();
    assertThat(ProfileType.MAC_APP_DIRECT.takesDevices()).isFalse();
    assertThat(ProfileType.IOS_APP_INHOUSE.takesDevices()).isFalse();
    assertThat(ProfileType.TVOS_APP_ADHOC.takesDevices()).isTrue();
    assertThat(ProfileType.MAC_CATALYST_APP_DEVELOPMENT.takesDevices()).isTrue();
    assertThat(ProfileType.IOS_APP_STORE.acceptedCertificates())
        .contains(CertificateType.DISTRIBUTION)
        .doesNotContain(CertificateType.DEVELOPMENT);
    assertThat(ProfileType.MAC_APP_DIRECT.acceptedCertificates())
        .containsOnly(
            CertificateType.DEVELOPER_ID_APPLICATION, CertificateType.DEVELOPER_ID_APPLICATION_G2);
    assertThat(ProfileType.MAC_CATALYST_APP_STORE.acceptsBundleIdPlatform(BundleIdPlatform.IOS))
        .isTrue();
    assertThat(ProfileType.MAC_APP_STORE.acceptsBundleIdPlatform(BundleIdPlatform.IOS)).isFalse();
    assertThat(ProfileType.MAC_APP_STORE.acceptsBundleIdPlatform(BundleIdPlatform.UNIVERSAL))
        .isTrue();
    assertThat(
            ProfileType.MAC_CATALYST_APP_DEVELOPMENT.acceptsDevicePlatform(BundleIdPlatform.MAC_OS))
        .isTrue();
  }

  @Test
  void addressesAndKindsAreStable() {
    assertThat(ResourceKind.BUNDLE_ID.address("main_app")).isEqualTo("bundle_id.main_app");
    assertThat(ResourceKind.byConfigKey("beta_groups")).contains(ResourceKind.BETA_GROUP);
    assertThat(ResourceKind.byConfigKey("nope")).isEmpty();
  }
}
