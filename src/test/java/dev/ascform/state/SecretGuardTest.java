package dev.ascform.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import dev.ascform.plan.Address;
import dev.ascform.plan.SecretGuard;
import dev.ascform.plan.SecretGuard.SecretLeakException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretGuardTest {

  static KeyPair ecKey() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    return g.generateKeyPair();
  }

  static String pem(KeyPair kp) {
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(kp.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
  }

  static String jwt(KeyPair kp) {
    return JWT.create()
        .withIssuer("iss")
        .withAudience("appstoreconnect-v1")
        .sign(Algorithm.ECDSA256((ECPublicKey) kp.getPublic(), (ECPrivateKey) kp.getPrivate()));
  }

  @Test
  void recognisesGeneratedKeysAndTokens() throws Exception {
    KeyPair kp = ecKey();
    assertThat(SecretGuard.looksSecret(pem(kp))).isTrue();
    assertThat(
            SecretGuard.looksSecret(
                Base64.getEncoder().encodeToString(kp.getPrivate().getEncoded())))
        .isTrue();
    assertThat(SecretGuard.looksSecret("Bearer " + jwt(kp))).isTrue();
    assertThat(SecretGuard.looksSecret("-----BEGIN EC PRIVATE KEY-----")).isTrue();
  }

  @Test
  void ordinaryValuesPass() {
    assertThatCode(
            () ->
                SecretGuard.check(
                    "test",
                    Map.of(
                        "name",
                        "Acme App",
                        "certificateContent",
                        "MIIFjTCCBHWgAwIBAgIQ",
                        "udid",
                        "00008030-001A2D3E",
                        "settings",
                        List.of(Map.of("key", "ICLOUD_VERSION")))))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesNamingThePathButNeverTheValue() throws Exception {
    String secret = pem(ecKey());
    assertThatThrownBy(
            () ->
                SecretGuard.check(
                    "state: bundle_id.main", Map.of("settings", List.of(Map.of("note", secret)))))
        .isInstanceOf(SecretLeakException.class)
        .hasMessageContaining("state: bundle_id.main at settings[0].note")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret.substring(40, 80)));
  }

  @Test
  void stateStoreRefusesToWriteAJwt(@TempDir Path dir) throws Exception {
    StateStore store = new StateStore(dir.resolve("s.json"), StateStoreTest.SANDBOX);
    Map<String, Object> attrs = Map.of("token", jwt(ecKey()));
    StateFile bad =
        store
            .load()
            .withResource(
                new StateResource(
                    Address.parse("user.x"), "user", "U1", "x@acme.com", "sha256:0", attrs, false));
    assertThatThrownBy(() -> store.save(bad))
        .isInstanceOf(SecretLeakException.class)
        .hasMessageContaining("user.x at token");
    assertThat(Files.exists(store.path())).isFalse();
  }
}
