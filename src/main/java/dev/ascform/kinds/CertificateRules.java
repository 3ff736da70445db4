package dev.ascform.kinds;

import dev.ascform.kinds.CertificateKind.Live;
import dev.ascform.kinds.CertificateKind.Spec;
import dev.ascform.model.CertificateSpec.Management;
import dev.ascform.model.CertificateType;
import dev.ascform.plan.Action;
import dev.ascform.plan.Address;
import dev.ascform.plan.Change;
import dev.ascform.plan.Desired;
import dev.ascform.plan.PlanningException;
import dev.ascform.secrets.SecretStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Planning rules of certificates that need the live side: adoption by name and type, and Apple's
 * cap on current distribution certificates, refused while planning rather than half-way through an
 * apply.
 */
final class CertificateRules {
  /** Current distribution certificates Apple allows at once. */
  static final int DISTRIBUTION_CAP = 3;

  static final Set<String> DISTRIBUTION =
      Set.of(CertificateType.DISTRIBUTION.name(), CertificateType.IOS_DISTRIBUTION.name());

  private final Clock clock;

  CertificateRules(Clock clock) {
    this.clock = clock;
  }

  Map<Address, Desired<Spec>> resolve(Map<Address, Desired<Spec>> desired, List<Live> live) {
    List<String> problems = new ArrayList<>();
    Map<Address, Desired<Spec>> out = new TreeMap<>();
    desired.forEach((a, d) -> out.put(a, resolveOne(a, d, live, problems)));
    checkCap(out, live, problems);
    if (!problems.isEmpty()) {
      throw new PlanningException(problems);
    }
    return out;
  }

  private Desired<Spec> resolveOne(
      Address a, Desired<Spec> d, List<Live> live, List<String> problems) {
    Spec s = d.resource();
    if (s.spec().manage() != Management.ADOPT) {
      return renewalConsented(d, live);
    }
    if (s.serial() != null) {
      if (live.stream().noneMatch(l -> s.serial().equalsIgnoreCase(l.serial()))) {
        problems.add(
            a
                + ": no certificate with serial "
                + s.serial()
                + " in the account;"
                + " adopting never creates one (fix the serial, or use manage: create)");
      }
      return d;
    }
    List<Live> named =
        live.stream()
            .filter(
                l ->
                    l.type().equals(s.spec().type().name())
                        && s.spec().name().map(n -> n.equals(l.name())).orElse(false))
            .toList();
    if (named.size() != 1) {
      problems.add(
          a
              + ": "
              + named.size()
              + " certificates of type "
              + s.spec().type()
              + " are named \""
              + s.spec().name().orElse("")
              + "\"; give its serial to adopt one"
              + (named.isEmpty()
                  ? ""
                  : " (" + String.join(", ", named.stream().map(Live::serial).toList()) + ")"));
      return d;
    }
    return new Desired<>(new Spec(s.spec(), named.get(0).serial()), d.preventDestroy());
  }

  /**
   * A renewal that {@code renew_before} asks for revokes the old certificate only once its
   * successor exists: the config consents to it, so {@code prevent_destroy} does not refuse it (it
   * still refuses a revocation without renewal).
   */
  private Desired<Spec> renewalConsented(Desired<Spec> d, List<Live> live) {
    Spec s = d.resource();
    Live match =
        s.serial() == null
            ? null
            : live.stream()
                .filter(l -> s.serial().equalsIgnoreCase(l.serial()))
                .findFirst()
                .orElse(null);
    if (match == null || new CertificateKind(clock).replaceTriggers(s, match).isEmpty()) {
      return d;
    }
    return new Desired<>(s, false);
  }

  private void checkCap(
      Map<Address, Desired<Spec>> desired, List<Live> live, List<String> problems) {
    long current =
        live.stream()
            .filter(l -> DISTRIBUTION.contains(l.type()))
            .filter(l -> l.expires() == null || l.expires().isAfter(clock.instant()))
            .count();
    List<String> creating = new ArrayList<>();
    CertificateKind kind = new CertificateKind(clock);
    desired.forEach(
        (a, d) -> {
          Spec s = d.resource();
          if (!DISTRIBUTION.contains(s.spec().type().name())
              || s.spec().manage() != Management.CREATE) {
            return;
          }
          Live match =
              s.serial() == null
                  ? null
                  : live.stream()
                      .filter(l -> s.serial().equalsIgnoreCase(l.serial()))
                      .findFirst()
                      .orElse(null);
          if (match == null || !kind.replaceTriggers(s, match).isEmpty()) {
            creating.add(a.toString());
          }
        });
    if (!creating.isEmpty() && current + creating.size() > DISTRIBUTION_CAP) {
      problems.add(
          String.join(", ", creating)
              + ": Apple allows at most "
              + DISTRIBUTION_CAP
              + " current distribution certificates; the account has "
              + current
              + " and this plan"
              + " would create "
              + creating.size()
              + ". Revoke one first (declare it with prevent_destroy: false and remove it), or"
              + " adopt an existing one with manage: adopt. Nothing was changed.");
    }
  }

  /**
   * A certificate ascform creates that the state holds (so the plan leaves it be) but whose key and
   * certificate are not in the secret store: it cannot sign, and its serial is unknown, so every
   * profile holding it would be replaced with a certificate that never comes. Refused, naming the
   * two ways out, rather than planned around.
   */
  static List<String> keysMissing(List<Change> changes, SecretStore secrets) {
    List<String> out = new ArrayList<>();
    for (Change c : changes) {
      boolean makes = c.action() == Action.CREATE || c.action().isReplace();
      if (!makes
          && c.appleId() != null
          && c.desired() instanceof Spec s
          && s.spec().manage() == Management.CREATE
          && s.serial() == null) {
        out.add(
            c.address()
                + " (Apple id "
                + c.appleId()
                + ") is in the state, but its private key and certificate are not in the secret"
                + " store "
                + secrets.dir()
                + ", so it cannot sign: restore that directory (with its passphrase), or run"
                + " `ascform state rm "
                + c.address()
                + "` to have ascform create a new certificate (revoke the old one in Apple when"
                + " nothing uses it)");
      }
    }
    return out;
  }

  /** Adopted certificates the plan would create: refused (adopting never creates). */
  static List<String> adoptNeverCreates(List<Change> changes, SecretStore secrets) {
    List<String> out = new ArrayList<>();
    for (Change c : changes) {
      boolean creates = c.action() == Action.CREATE || c.action().isReplace();
      if (creates && c.after() != null && "adopt".equals(c.after().get("manage"))) {
        out.add(
            c.address()
                + " is adopted (manage: adopt) but is not in the account; ascform"
                + " never creates or renews an adopted certificate");
      }
    }
    boolean creates =
        changes.stream()
            .anyMatch(
                c ->
                    (c.action() == Action.CREATE || c.action().isReplace())
                        && c.after() != null
                        && "create".equals(c.after().get("manage")));
    if (creates && !secrets.canWrite()) {
      out.add(
          "this plan creates a certificate, whose private key must be stored encrypted:"
              + " set ASCFORM_SECRETS_PASSPHRASE (keys go to "
              + secrets.dir()
              + ")");
    }
    return out;
  }
}
