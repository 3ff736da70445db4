package dev.ascform.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascform.api.testing.TestKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialResolverTest {
  @TempDir Path dir;
  private final KeyPair keys = TestKeys.newKeyPair();
  private final String pem = TestKeys.pkcs8Pem(keys);
  private final List<String> warnings = new ArrayList<>();

  private Path keyFile(String name, String perms) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, pem);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
    return p;
  }

  private ApiCredentials resolve(
      Map<String, String> env, CredentialFlags flags, AccountCredentialRefs refs) {
    return new CredentialResolver(env, warnings::add).resolve(flags, refs);
  }

  @Test
  void flagsWinOverEveryOtherPlace() throws IOException {
    Path key = keyFile("AuthKey_FLAG.p8", "rw-------");
    Map<String, String> env = Map.of("ASC_KEY_ID", "ENVKEY", "ASC_PRIVATE_KEY", pem);
    ApiCredentials c =
        resolve(
            env,
            new CredentialFlags("FLAGKEY", "iss", key.toString(), null),
            AccountCredentialRefs.none());
    assertThat(c.keyId()).isEqualTo("FLAGKEY");
    assertThat(c.source()).isEqualTo("command-line flags");
    assertThat(c.privateKey().getEncoded()).isEqualTo(keys.getPrivate().getEncoded());
    assertThat(warnings).isEmpty();
  }

  @Test
  void ascEnvironmentComesBeforeFastlaneEnvironment() {
    Map<String, String> env =
        Map.of(
            "ASC_KEY_ID",
            "ASCKEY",
            "ASC_ISSUER_ID",
            "ascissuer",
            "ASC_PRIVATE_KEY",
            pem.replace("\n", "\\n"),
            "APP_STORE_CONNECT_API_KEY_KEY_ID",
            "FLKEY",
            "APP_STORE_CONNECT_API_KEY_KEY",
            pem);
    ApiCredentials c = resolve(env, CredentialFlags.none(), AccountCredentialRefs.none());
    assertThat(c.keyId()).isEqualTo("ASCKEY");
    assertThat(c.issuerId()).isEqualTo("ascissuer");
  }

  @Test
  void fastlaneEnvironmentWithBase64KeyIsUsedWhenNoAscVariables() {
    Map<String, String> env =
        Map.of(
            "APP_STORE_CONNECT_API_KEY_KEY_ID", "FLKEY",
            "APP_STORE_CONNECT_API_KEY_ISSUER_ID", "fliss",
            "APP_STORE_CONNECT_API_KEY_KEY", Base64.getEncoder().encodeToString(pem.getBytes()),
            "APP_STORE_CONNECT_API_KEY_IS_KEY_CONTENT_BASE64", "true");
    ApiCredentials c = resolve(env, CredentialFlags.none(), AccountCredentialRefs.none());
    assertThat(c.keyId()).isEqualTo("FLKEY");
    assertThat(c.source()).isEqualTo("environment (fastlane)");
  }

  @Test
  void fastlaneJsonComesBeforeConfigAccount() throws IOException {
    Path json = dir.resolve("key.json");
    Files.writeString(
        json,
        "{\"key_id\":\"JSONKEY\",\"issuer_id\":\"jiss\",\"key\":\""
            + pem.replace("\n", "\\n")
            + "\",\"in_house\":false}");
    AccountCredentialRefs refs =
        new AccountCredentialRefs("CFGKEY", null, "ciss", null, null, "CFG_PEM", null);
    ApiCredentials c =
        resolve(
            Map.of("CFG_PEM", pem), new CredentialFlags(null, null, null, json.toString()), refs);
    assertThat(c.keyId()).isEqualTo("JSONKEY");
    assertThat(c.issuerId()).isEqualTo("jiss");
  }

  @Test
  void configAccountReferencesResolveThroughNamedVariables() throws IOException {
    Path key = keyFile("AuthKey_CFG.p8", "rw-------");
    AccountCredentialRefs refs =
        new AccountCredentialRefs(null, "MY_KEY_ID", null, "MY_ISSUER", null, "MY_KEY_PATH", null);
    Map<String, String> env =
        Map.of("MY_KEY_ID", "CFGKEY", "MY_ISSUER", "cfgiss", "MY_KEY_PATH", key.toString());
    ApiCredentials c = resolve(env, CredentialFlags.none(), refs);
    assertThat(c.keyId()).isEqualTo("CFGKEY");
    assertThat(c.issuerId()).isEqualTo("cfgiss");
    assertThat(c.source()).isEqualTo("config account");
  }

  @Test
  void errorListsEveryPlaceLookedAt() {
    assertThatThrownBy(
            () ->
                resolve(
                    Map.of(),
                    CredentialFlags.none(),
                    new AccountCredentialRefs(null, "ACME_KEY_ID", null, null, null, null, null)))
        .isInstanceOf(CredentialsException.class)
        .hasMessageContaining("no App Store Connect API key found")
        .hasMessageContaining("--key-id, --issuer-id, --private-key")
        .hasMessageContaining("ASC_KEY_ID, ASC_ISSUER_ID, ASC_PRIVATE_KEY_PATH or ASC_PRIVATE_KEY")
        .hasMessageContaining("APP_STORE_CONNECT_API_KEY_KEY_ID")
        .hasMessageContaining("APP_STORE_CONNECT_API_KEY_KEY_FILEPATH")
        .hasMessageContaining("--api-key-json")
        .hasMessageContaining("config account: key id from $ACME_KEY_ID");
  }

  @Test
  void aPlaceWithOnlyPartOfAKeyIsAnError() {
    assertThatThrownBy(() -> resolve(Map.of("ASC_KEY_ID", "ONLYID"), CredentialFlags.none(), null))
        .isInstanceOf(CredentialsException.class)
        .hasMessageContaining(
            "environment (ASC_*) names only part of an API key: the private key is missing");
  }

  @Test
  void individualKeyHasNoIssuer() {
    ApiCredentials c =
        resolve(
            Map.of("ASC_KEY_ID", "INDIV", "ASC_PRIVATE_KEY", pem), CredentialFlags.none(), null);
    assertThat(c.individual()).isTrue();
  }

  @Test
  void warnsWhenKeyFileIsReadableByOthers() throws IOException {
    Path key = keyFile("AuthKey_OPEN.p8", "rw-r--r--");
    resolve(Map.of(), new CredentialFlags("K", "i", key.toString(), null), null);
    assertThat(warnings)
        .singleElement()
        .asString()
        .contains("readable by group or others")
        .contains("chmod 600");
    assertThat(String.join("", warnings)).doesNotContain("BEGIN");
  }

  @Test
  void sec1KeyGetsTheOpensslConversion() {
    String sec1 = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIA==\n-----END EC PRIVATE KEY-----\n";
    assertThatThrownBy(
            () ->
                resolve(
                    Map.of("ASC_KEY_ID", "K", "ASC_PRIVATE_KEY", sec1),
                    CredentialFlags.none(),
                    null))
        .isInstanceOf(CredentialsException.class)
        .hasMessageContaining("SEC1")
        .hasMessageContaining("openssl pkcs8 -topk8 -nocrypt")
        .hasMessageNotContaining("MHcCAQEEIA");
  }

  @Test
  void missingKeyFileIsNamed() {
    assertThatThrownBy(
            () ->
                resolve(
                    new HashMap<>(),
                    new CredentialFlags("K", null, dir.resolve("nope.p8").toString(), null),
                    null))
        .hasMessageContaining("nope.p8")
        .hasMessageContaining("does not exist");
  }
}
