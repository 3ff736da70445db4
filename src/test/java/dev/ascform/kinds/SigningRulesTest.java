package dev.ascform.kinds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascform.diag.SourcePos;
import dev.ascform.model.CertificateSelection;
import dev.ascform.model.CertificateSpec;
import dev.ascform.model.CertificateSpec.Management;
import dev.ascform.model.CertificateType;
import dev.ascform.model.DeviceSelection;
import dev.ascform.model.ProfileSpec;
import dev.ascform.model.ProfileType;
import dev.ascform.plan.Action;
import dev.ascform.plan.Address;
import dev.ascform.plan.Change;
import dev.ascform.plan.Desired;
import dev.ascform.plan.PlanningException;
import dev.ascform.plan.Reason;
import dev.ascform.secrets.SecretStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planning rules of certificates and profiles that need no account. */
class SigningRulesTest {
  private static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final SourcePos POS = new SourcePos(Path.of("signing.yaml"), 1, 1);

  @TempDir Path tmp;

  private static CertificateSpec cert(
      String key, CertificateType type, Management m, String serial) {
    return new CertificateSpec(
        key,
        Optional.of("Apple Distribution"),
        type,
        m,
        Optional.ofNullable(serial),
        Optional.of(Duration.ofDays(30)),
        true,
        POS);
  }

  private static CertificateKind.Live live(String serial, String type, Instant expires) {
    return new CertificateKind.Live(
        "id" + serial, serial, "Apple Distribution", type, expires, null);
  }

  private static Map<Address, Desired<CertificateKind.Spec>> desired(CertificateSpec... specs) {
    Map<Address, Desired<CertificateKind.Spec>> out = new TreeMap<>();
    for (CertificateSpec s : specs) {
      out.put(
          Address.of("certificate", s.key()),
          new Desired<>(new CertificateKind.Spec(s, s.serial().orElse(null)), s.preventDestroy()));
    }
    return out;
  }

  @Test
  void refusesADistributionCertificateBeyondAppleCapWhilePlanning() {
    List<CertificateKind.Live> live =
        List.of(
            live("A1", "DISTRIBUTION", NOW.plusSeconds(9_000_000)),
            live("A2", "IOS_DISTRIBUTION", NOW.plusSeconds(9_000_000)),
            live("A3", "DISTRIBUTION", NOW.plusSeconds(9_000_000)),
            live("OLD", "DISTRIBUTION", NOW.minusSeconds(1)));
    var rules = new CertificateRules(CLOCK);
    assertThatThrownBy(
            () ->
                rules.resolve(
                    desired(cert("d", CertificateType.DISTRIBUTION, Management.CREATE, null)),
                    live))
        .isInstanceOf(PlanningException.class)
        .hasMessageContaining("the account has 3 and this plan would create 1");
    assertThat(
            rules.resolve(
                desired(cert("d", CertificateType.DEVELOPMENT, Management.CREATE, null)), live))
        .hasSize(1);
  }

  @Test
  void adoptsByNameAndTypeOnlyWhenExactlyOneMatches() {
    CertificateSpec byName =
        new CertificateSpec(
            "d",
            Optional.of("Apple Distribution"),
            CertificateType.DISTRIBUTION,
            Management.ADOPT,
            Optional.empty(),
            Optional.empty(),
            true,
            POS);
    var rules = new CertificateRules(CLOCK);
    var one = rules.resolve(desired(byName), List.of(live("S1", "DISTRIBUTION", null)));
    assertThat(one.get(Address.of("certificate", "d")).resource().serial()).isEqualTo("S1");
    assertThatThrownBy(
            () ->
                rules.resolve(
                    desired(byName),
                    List.of(live("S1", "DISTRIBUTION", null), live("S2", "DISTRIBUTION", null))))
        .hasMessageContaining(
            "2 certificates of type DISTRIBUTION are named \"Apple"
                + " Distribution\"; give its serial to adopt one (S1, S2)");
    assertThatThrownBy(
            () ->
                rules.resolve(
                    desired(cert("d", CertificateType.DISTRIBUTION, Management.ADOPT, "FFFF")),
                    List.of()))
        .hasMessageContaining(
            "no certificate with serial FFFF in the account; adopting never" + " creates one");
  }

  @Test
  void renewsACreatedCertificateWithinRenewBeforeCreateFirstAndWithConsent() {
    CertificateKind kind = new CertificateKind(CLOCK);
    CertificateSpec c = cert("d", CertificateType.DEVELOPMENT, Management.CREATE, "S1");
    var spec = new CertificateKind.Spec(c, "S1");
    assertThat(kind.replaceTriggers(spec, live("S1", "DEVELOPMENT", NOW.plus(Duration.ofDays(10)))))
        .containsExactly("expires 2026-12-07, within renew_before 30d");
    assertThat(kind.replaceTriggers(spec, live("S1", "DEVELOPMENT", NOW.plus(Duration.ofDays(40)))))
        .isEmpty();
    assertThat(kind.replaceOrder().action()).isEqualTo(Action.CREATE_THEN_DELETE);
    var resolved =
        new CertificateRules(CLOCK)
            .resolve(desired(c), List.of(live("S1", "DEVELOPMENT", NOW.plus(Duration.ofDays(10)))));
    assertThat(resolved.get(Address.of("certificate", "d")).preventDestroy()).isFalse();
    CertificateSpec adopted = cert("a", CertificateType.DEVELOPMENT, Management.ADOPT, "S1");
    assertThat(
            kind.replaceTriggers(
                new CertificateKind.Spec(adopted, "S1"),
                live("S1", "DEVELOPMENT", NOW.plus(Duration.ofDays(10)))))
        .isEmpty();
  }

  @Test
  void refusesToPlanACertificateCreationWithoutAPassphrase() {
    SecretStore withoutPassphrase = new SecretStore(tmp.resolve("secrets"), null);
    Change create =
        Change.builder(
                Address.of("certificate", "d"), Action.CREATE, Reason.CREATE_BECAUSE_NOT_IN_ACCOUNT)
            .after(Map.of("type", "DEVELOPMENT", "manage", "create"))
            .build();
    Change adopt =
        Change.builder(
                Address.of("certificate", "a"), Action.CREATE, Reason.CREATE_BECAUSE_NOT_IN_ACCOUNT)
            .after(Map.of("type", "DEVELOPMENT", "manage", "adopt"))
            .build();
    assertThat(
            new CertificateKind(CLOCK, withoutPassphrase)
                .policyViolations(List.of(create, adopt), List.of()))
        .containsExactly(
            "certificate.a is adopted (manage: adopt) but is not in the account; ascform never"
                + " creates or renews an adopted certificate",
            "this plan creates a certificate, whose private key must be stored encrypted: set"
                + " ASCFORM_SECRETS_PASSPHRASE (keys go to "
                + tmp.resolve("secrets")
                + ")");
  }

  @Test
  void replacesAnInvalidOrExpiringProfileAndFollowsCapabilitiesAndRenewals() {
    ProfileKind kind = new ProfileKind(CLOCK);
    ProfileSpec p =
        new ProfileSpec(
            "dev",
            "Dev",
            ProfileType.IOS_APP_DEVELOPMENT,
            "app",
            new CertificateSelection.Named(List.of("d")),
            DeviceSelection.none(),
            Optional.of(Duration.ofDays(14)),
            false,
            POS);
    var spec =
        new ProfileKind.Spec(
            p,
            "com.acme.app",
            List.of(cert("d", CertificateType.DEVELOPMENT, Management.CREATE, "S1")),
            Map.of(),
            Map.of(),
            Set.of(Address.of("capability", "app.push_notifications")));
    var invalid =
        new ProfileKind.Live(
            "P",
            "Dev",
            "IOS_APP_DEVELOPMENT",
            "INVALID",
            "com.acme.app",
            NOW.plus(Duration.ofDays(5)),
            List.of("S1"),
            List.of(),
            null);
    assertThat(kind.replaceTriggers(spec, invalid))
        .containsExactly("state INVALID at Apple", "expires 2026-12-02, within renew_before 14d");
    Change cap =
        Change.builder(
                Address.of("capability", "app.maps"),
                Action.CREATE,
                Reason.CREATE_BECAUSE_NOT_IN_ACCOUNT)
            .build();
    Change otherCap =
        Change.builder(
                Address.of("capability", "application.maps"),
                Action.CREATE,
                Reason.CREATE_BECAUSE_NOT_IN_ACCOUNT)
            .build();
    Change renewal =
        Change.builder(
                Address.of("certificate", "d"),
                Action.CREATE_THEN_DELETE,
                Reason.REPLACE_BECAUSE_KIND_RULE)
            .build();
    assertThat(kind.invalidatedBy(spec, cap))
        .isEqualTo("capability.app.maps changes (Apple marks the profile INVALID)");
    assertThat(kind.invalidatedBy(spec, otherCap)).isNull();
    assertThat(kind.invalidatedBy(spec, renewal)).isEqualTo("certificate.d is renewed");
    assertThat(kind.dependencies(spec))
        .contains(
            Address.of("bundle_id", "app"),
            Address.of("certificate", "d"),
            Address.of("capability", "app.push_notifications"));
  }
}
