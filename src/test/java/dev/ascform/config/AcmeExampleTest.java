package dev.ascform.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.diag.ConfigException;
import dev.ascform.model.AppPlatform;
import dev.ascform.model.BetaGroupSpec;
import dev.ascform.model.BuildSelection;
import dev.ascform.model.BundleIdPlatform;
import dev.ascform.model.CertificateSpec;
import dev.ascform.model.DesiredState;
import dev.ascform.model.DeviceClass;
import dev.ascform.model.DeviceSpec;
import dev.ascform.model.DeviceStatus;
import dev.ascform.model.ProfileSpec;
import dev.ascform.model.ResourceKind;
import dev.ascform.model.UserRole;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** examples/acme is the reference config: it must load cleanly and mean what it says. */
class AcmeExampleTest {
  static final Path ACME = Path.of("examples/acme");
  static LoadedConfig loaded;
  static DesiredState acme;

  @BeforeAll
  static void load() throws ConfigException {
    loaded = new ConfigLoader(Map.of()).load(ACME);
    acme = loaded.state();
  }

  @Test
  void loadsWithoutWarnings() {
    assertThat(loaded.warnings()).isEmpty();
    assertThat(acme.files())
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "account.yaml",
            "apps.yaml",
            "devices.yaml",
            "people.yaml",
            "signing.yaml",
            "testflight.yaml");
  }

  @Test
  void theConvenienceEntryPointGivesTheSameState() throws ConfigException {
    assertThat(ConfigLoader.loadState(ACME)).isEqualTo(acme);
  }

  @Test
  void hasTheSizeOfASmallCompany() {
    assertThat(acme.apps()).hasSize(3);
    assertThat(acme.bundleIds()).hasSizeBetween(6, 8);
    assertThat(acme.devices()).hasSize(12);
    assertThat(acme.certificates()).hasSize(2);
    assertThat(acme.profiles()).hasSizeBetween(6, 8);
    assertThat(acme.users()).hasSize(8);
    assertThat(acme.betaGroups()).hasSize(4);
    int testers = acme.betaGroups().values().stream().mapToInt(g -> g.testers().size()).sum();
    assertThat(testers).isBetween(28, 32);
    assertThat(acme.resourceCount())
        .isEqualTo(3 + acme.bundleIds().size() + 12 + 2 + acme.profiles().size() + 8 + 4);
  }

  @Test
  void accountCarriesOnlyCredentialReferences() {
    assertThat(acme.account().name()).isEqualTo("acme");
    assertThat(acme.account().credentials().keyIdEnv()).contains("ASC_KEY_ID");
    assertThat(acme.account().credentials().privateKeyEnv()).contains("ASC_PRIVATE_KEY");
    assertThat(acme.account().credentials().privateKeyPath()).isEmpty();
  }

  @Test
  void capabilitiesKeepAppleSettingShape() {
    var notes = acme.bundleIds().get("notes_app");
    assertThat(notes.identifier()).isEqualTo("com.acme.notes");
    assertThat(notes.platform()).isEqualTo(BundleIdPlatform.IOS);
    assertThat(notes.seedId()).contains("A1B2C3D4E5");
    assertThat(notes.capabilities().get("ICLOUD").settings())
        .containsEntry("ICLOUD_VERSION", List.of("XCODE_6"));
    assertThat(notes.capabilities().get("PUSH_NOTIFICATIONS").settings()).isEmpty();
    assertThat(notes.capabilities().get("ICLOUD").pos().file().getFileName().toString())
        .isEqualTo("apps.yaml");
  }

  @Test
  void devicesDefaultToEnabledAndKeepTags() {
    DeviceSpec alice = acme.devices().get("alice_iphone");
    assertThat(alice.status()).isEqualTo(DeviceStatus.ENABLED);
    assertThat(alice.deviceClass()).contains(DeviceClass.IPHONE);
    assertThat(alice.tags()).containsExactly("dev", "design");
    assertThat(acme.devices().get("old_ipad").status()).isEqualTo(DeviceStatus.DISABLED);
    assertThat(alice.address()).isEqualTo("device.alice_iphone");
  }

  @Test
  void certificatesArePreventedFromDestroyByDefault() {
    CertificateSpec dist = acme.certificates().get("apple_distribution");
    assertThat(dist.preventDestroy()).isTrue();
    assertThat(dist.manage()).isEqualTo(CertificateSpec.Management.ADOPT);
    assertThat(dist.renewBefore()).contains(Duration.ofDays(30));
  }

  @Test
  void profileSelectorsResolveToEnabledDevicesOfTheRightPlatform() {
    ProfileSpec adhoc = acme.profiles().get("notes_adhoc");
    assertThat(acme.devicesOf(adhoc))
        .extracting(DeviceSpec::key)
        .containsExactly("carol_iphone", "dan_iphone", "qa_ipad_air", "qa_iphone_8");
    ProfileSpec dev = acme.profiles().get("notes_development");
    assertThat(acme.devicesOf(dev))
        .extracting(DeviceSpec::key)
        .containsExactly("alice_ipad", "alice_iphone", "bob_iphone", "bob_watch");
    assertThat(acme.certificatesOf(dev))
        .extracting(CertificateSpec::key)
        .containsExactly("apple_development");
    assertThat(acme.devicesOf(acme.profiles().get("notes_app_store"))).isEmpty();
    assertThat(acme.bundleIdOf(adhoc).identifier()).isEqualTo("com.acme.notes");
  }

  @Test
  void usersAndBetaGroupsKeepTheirDefaults() {
    assertThat(acme.users().get("grace").roles())
        .containsExactlyInAnyOrder(UserRole.ACCOUNT_HOLDER, UserRole.ADMIN);
    assertThat(acme.users().get("bob").allAppsVisible()).isFalse();
    assertThat(acme.users().get("bob").visibleApps()).containsExactly("notes", "weather");
    BetaGroupSpec beta = acme.betaGroups().get("notes_public_beta");
    assertThat(beta.internal()).isFalse();
    assertThat(beta.publicLink().limit()).contains(500);
    assertThat(beta.builds())
        .isEqualTo(new BuildSelection.Latest(Optional.of("2.4"), AppPlatform.IOS));
    assertThat(acme.betaGroups().get("weather_friends").builds())
        .isEqualTo(
            new BuildSelection.Listed(
                List.of(
                    new BuildSelection.BuildRef("3.1", "412"),
                    new BuildSelection.BuildRef("3.1", "415"))));
    assertThat(acme.appOf(beta).bundleId()).isEqualTo("com.acme.notes");
    assertThat(acme.betaGroups().get("pay_partners").feedbackEnabled()).isFalse();
  }

  @Test
  void settingsAreRead() {
    assertThat(acme.settings().prunes(ResourceKind.BETA_TESTER)).isTrue();
    assertThat(acme.settings().prunes(ResourceKind.DEVICE)).isFalse();
    assertThat(acme.settings().prunes(ResourceKind.PROFILE)).isFalse();
    assertThat(acme.settings().minAdmins()).isEqualTo(2);
    assertThat(acme.settings().safety().maxDestroyPercent()).isEqualTo(30);
  }

  @Test
  void resourcesRememberWhereTheyAreDeclared() {
    var pos = acme.devices().get("alice_iphone").pos();
    assertThat(pos.file().getFileName().toString()).isEqualTo("devices.yaml");
    assertThat(pos.line()).isGreaterThan(1);
    assertThat(pos.column()).isEqualTo(3);
    assertThat(acme.find("profile.notes_adhoc")).isPresent();
  }
}
