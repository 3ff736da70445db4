package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.secrets.Passphrase;
import dev.ascform.secrets.SecretStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole flow with {@code --debug} (plan -out, show, apply, plan, certificates export) writes
 * neither the API key's body, nor a generated certificate key, nor anything shaped like a JWT, to
 * stdout, stderr, state, backups, plan files or any other file ascform wrote. The encrypted .p12
 * (store and export) is the one place a certificate key may live.
 */
class SecretsLeakTest {
  static final Pattern JWT =
      Pattern.compile("eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

  @TempDir Path tmp;

  @Test
  void noKeyAndNoTokenInAnythingWritten() throws Exception {
    Workspace ws = new Workspace(tmp);
    Path planFile = tmp.resolve("out/acme.plan");
    Files.createDirectories(planFile.getParent());
    List<Workspace.Run> runs = new ArrayList<>();
    runs.add(ws.sandbox("plan", "--debug", "-out", planFile.toString()));
    runs.add(Workspace.run("show", planFile.toString()));
    runs.add(ws.sandbox("apply", "--debug", planFile.toString()));
    runs.add(ws.sandbox("plan", "--debug", "--detailed-exitcode"));
    runs.add(
        ws.sandbox(
            "certificates",
            "export",
            "apple_development",
            "-o",
            tmp.resolve("out/keys").toString()));
    assertThat(runs.get(1).code()).as(runs.get(1).all()).isZero();
    assertThat(runs.get(2).code()).as(runs.get(2).all()).isZero();
    assertThat(runs.get(3).code()).as(runs.get(3).all()).isZero();
    assertThat(runs.get(4).code()).as(runs.get(4).all()).isZero();
    assertThat(String.join("", runs.stream().map(Workspace.Run::err).toList()))
        .as("--debug logged requests")
        .contains("GET", "/v1/");

    List<String> secrets = new ArrayList<>();
    String[] teamKey = new String[1];
    ws.withSandbox(local -> teamKey[0] = local.teamKey().privateKeyPem());
    secrets.addAll(chunks(pemBody(teamKey[0])));
    Path store = ws.state().resolveSibling("secrets");
    SecretStore secretStore = new SecretStore(store, new Passphrase("ascform-sandbox-only"));
    List<Path> p12s;
    try (Stream<Path> s = Files.list(store)) {
      p12s = s.filter(p -> p.toString().endsWith(".p12")).toList();
    }
    assertThat(p12s).as("ascform generated a certificate key").isNotEmpty();
    for (Path p : p12s) {
      String key = p.getFileName().toString().replace(".p12", "");
      Key pk =
          secretStore.open(key).getKey(SecretStore.ALIAS, "ascform-sandbox-only".toCharArray());
      secrets.addAll(chunks(Base64.getEncoder().encodeToString(pk.getEncoded())));
    }

    List<String> haystacks = new ArrayList<>();
    runs.forEach(r -> haystacks.add(r.out() + r.err()));
    List<Path> scanned = new ArrayList<>();
    try (Stream<Path> files = Files.walk(tmp)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        if (sandboxOwn(f) || f.startsWith(ws.config)) {
          continue;
        }
        scanned.add(f);
        byte[] bytes = Files.readAllBytes(f);
        if (f.toString().endsWith(".p12")) {
          continue; // encrypted key container: the key may be there, encrypted, not in clear
        }
        haystacks.add(new String(bytes, StandardCharsets.ISO_8859_1));
      }
    }
    assertThat(scanned).anyMatch(f -> f.getFileName().toString().endsWith(".state.json"));
    assertThat(scanned).anyMatch(f -> f.equals(planFile));
    for (String h : haystacks) {
      String flat = h.replaceAll("\\s", "");
      for (String s : secrets) {
        assertThat(flat).as("a private key fragment was written").doesNotContain(s);
      }
      assertThat(JWT.matcher(h).find()).as("a JWT was written").isFalse();
    }
  }

  /** The sandbox's own files (its account and its copy of the team key), not ascform's output. */
  private static boolean sandboxOwn(Path f) {
    String name = f.getFileName().toString();
    return name.startsWith("AuthKey_")
        || name.equals("api-key.json")
        || name.equals("account.json");
  }

  private static String pemBody(String pem) {
    return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
  }

  /**
   * 24-character slices of a base64 body past its common header: any one of them found means the
   * key leaked.
   */
  private static List<String> chunks(String body) {
    List<String> out = new ArrayList<>();
    for (int i = 48; i + 24 <= body.length(); i += 24) {
      out.add(body.substring(i, i + 24));
    }
    return out;
  }
}
