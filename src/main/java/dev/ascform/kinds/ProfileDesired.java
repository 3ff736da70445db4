package dev.ascform.kinds;

import dev.ascform.kinds.ProfileKind.Spec;
import dev.ascform.live.LiveReads;
import dev.ascform.model.CertificateSpec;
import dev.ascform.model.DesiredState;
import dev.ascform.model.ProfileSpec;
import dev.ascform.model.ResourceKind;
import dev.ascform.plan.Address;
import dev.ascform.plan.Desired;
import dev.ascform.secrets.SecretStore;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The desired profiles: from the config (bundle identifier, device UDIDs, capability addresses),
 * then resolved against the live certificates for certificates adopted by name and type (the shared
 * certificate read: no extra request).
 */
final class ProfileDesired {
  private ProfileDesired() {}

  static Map<Address, Desired<Spec>> of(DesiredState state) {
    Map<Address, Desired<Spec>> out = new TreeMap<>();
    for (ProfileSpec p : state.profiles().values()) {
      var bundle = state.bundleIdOf(p);
      Map<Address, String> udids = new TreeMap<>();
      state.devicesOf(p).forEach(dv -> udids.put(Address.parse(dv.address()), dv.normalizedUdid()));
      Set<Address> caps = new TreeSet<>();
      bundle
          .capabilities()
          .values()
          .forEach(
              c ->
                  caps.add(
                      Address.of(
                          ResourceKind.CAPABILITY.addressPrefix(),
                          bundle.key() + "." + c.type().toLowerCase(Locale.ROOT))));
      out.put(
          Address.parse(p.address()),
          new Desired<>(
              new Spec(p, bundle.identifier(), state.certificatesOf(p), Map.of(), udids, caps),
              p.preventDestroy()));
    }
    return out;
  }

  static Map<Address, Desired<Spec>> resolve(
      Map<Address, Desired<Spec>> desired, LiveReads reads, Clock clock, SecretStore secrets) {
    boolean byName =
        desired.values().stream()
            .flatMap(d -> d.resource().certificates().stream())
            .anyMatch(c -> CertificateKind.knownSerial(c, secrets) == null);
    if (!byName) {
      return desired;
    }
    List<CertificateKind.Live> certs = new CertificateKind(clock).readAll(reads);
    Map<Address, Desired<Spec>> out = new TreeMap<>();
    desired.forEach(
        (a, d) -> {
          Map<String, String> serials = new TreeMap<>();
          for (CertificateSpec c : d.resource().certificates()) {
            if (c.manage() == CertificateSpec.Management.ADOPT && c.serial().isEmpty()) {
              List<CertificateKind.Live> named =
                  certs.stream()
                      .filter(
                          l ->
                              l.type().equals(c.type().name())
                                  && c.name().map(l.name()::equals).orElse(false))
                      .toList();
              if (named.size() == 1) {
                serials.put(c.key(), named.get(0).serial());
              }
            }
          }
          Spec s = d.resource();
          out.put(
              a,
              new Desired<>(
                  new Spec(
                      s.spec(),
                      s.bundleIdentifier(),
                      s.certificates(),
                      serials,
                      s.udids(),
                      s.capabilities()),
                  d.preventDestroy()));
        });
    return out;
  }
}
