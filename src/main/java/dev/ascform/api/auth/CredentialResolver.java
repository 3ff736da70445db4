package dev.ascform.api.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.ECPrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Finds the API key, first match wins: flags, {@code ASC_*} variables, fastlane's {@code
 * APP_STORE_CONNECT_API_KEY_*} variables, fastlane's API key JSON ({@code --api-key-json}), then
 * the config's account references. A place that names only part of a key is an error; when no place
 * has one, the error lists every place looked at.
 */
public final class CredentialResolver {
  private final Map<String, String> env;
  private final Consumer<String> warnings;

  /**
   * @param env the environment (inject {@code System.getenv()} in production, a map in tests)
   * @param warnings receives warnings such as a key file readable by others
   */
  public CredentialResolver(Map<String, String> env, Consumer<String> warnings) {
    this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
    this.warnings = Objects.requireNonNull(warnings, "warnings");
  }

  /** Resolves credentials from {@code flags}, the environment and {@code account}. */
  public ApiCredentials resolve(CredentialFlags flags, AccountCredentialRefs account) {
    List<Candidate> candidates =
        candidates(flags, account == null ? AccountCredentialRefs.none() : account);
    for (Candidate c : candidates) {
      if (c.isEmpty()) {
        continue;
      }
      if (c.keyId == null || c.key == null) {
        throw new CredentialsException(
            c.label
                + " names only part of an API key: "
                + (c.keyId == null ? "the key id" : "the private key")
                + " is missing (looked for "
                + c.places
                + ")");
      }
      return new ApiCredentials(c.keyId, c.issuerId, c.key.load(), c.label);
    }
    StringBuilder msg = new StringBuilder("no App Store Connect API key found. Looked in:");
    candidates.forEach(c -> msg.append("\n  - ").append(c.label).append(": ").append(c.places));
    msg.append(
        "\n"
            + "Create a key in App Store Connect (Users and Access > Integrations) and pass it with"
            + " --key-id/--issuer-id/--private-key or"
            + " ASC_KEY_ID/ASC_ISSUER_ID/ASC_PRIVATE_KEY_PATH.");
    throw new CredentialsException(msg.toString());
  }

  private List<Candidate> candidates(CredentialFlags f, AccountCredentialRefs a) {
    List<Candidate> out = new ArrayList<>();
    out.add(
        new Candidate(
            "command-line flags",
            "--key-id, --issuer-id, --private-key",
            f.keyId(),
            f.issuerId(),
            f.privateKeyPath() == null ? null : fileKey(f.privateKeyPath())));
    out.add(
        new Candidate(
            "environment (ASC_*)",
            "ASC_KEY_ID, ASC_ISSUER_ID, ASC_PRIVATE_KEY_PATH or ASC_PRIVATE_KEY",
            env("ASC_KEY_ID"),
            env("ASC_ISSUER_ID"),
            keyFrom(
                env("ASC_PRIVATE_KEY_PATH"), env("ASC_PRIVATE_KEY"), false, "ASC_PRIVATE_KEY")));
    String p = "APP_STORE_CONNECT_API_KEY_";
    out.add(
        new Candidate(
            "environment (fastlane)",
            p + "KEY_ID, " + p + "ISSUER_ID, " + p + "KEY_FILEPATH or " + p + "KEY",
            env(p + "KEY_ID"),
            env(p + "ISSUER_ID"),
            keyFrom(
                env(p + "KEY_FILEPATH"),
                env(p + "KEY"),
                "true".equalsIgnoreCase(env(p + "IS_KEY_CONTENT_BASE64")),
                p + "KEY")));
    out.add(jsonCandidate("fastlane API key JSON (--api-key-json)", f.apiKeyJson()));
    out.add(accountCandidate(a));
    if (a.apiKeyJson() != null) {
      out.add(jsonCandidate("config account api_key_json", a.apiKeyJson()));
    }
    return out;
  }

  private Candidate accountCandidate(AccountCredentialRefs a) {
    String keyId = a.keyId() != null ? a.keyId() : envNamed(a.keyIdEnv());
    String issuer = a.issuerId() != null ? a.issuerId() : envNamed(a.issuerIdEnv());
    KeySource key = null;
    if (a.privateKeyPath() != null) {
      key = fileKey(a.privateKeyPath());
    } else if (a.privateKeyEnv() != null && envNamed(a.privateKeyEnv()) != null) {
      String value = envNamed(a.privateKeyEnv());
      key = value.contains("-----BEGIN") ? pemKey(value, a.privateKeyEnv(), false) : fileKey(value);
    }
    String places =
        "key id "
            + describe(a.keyId(), a.keyIdEnv())
            + ", issuer id "
            + describe(a.issuerId(), a.issuerIdEnv())
            + ", private key "
            + describe(a.privateKeyPath(), a.privateKeyEnv());
    return new Candidate("config account", places, keyId, issuer, key);
  }

  private static String describe(String literal, String envName) {
    if (literal != null) {
      return "(set)";
    }
    return envName == null ? "(not configured)" : "from $" + envName;
  }

  private Candidate jsonCandidate(String label, String path) {
    if (path == null) {
      return new Candidate(label, "(not given)", null, null, null);
    }
    Path file = Path.of(path);
    JsonNode json;
    try {
      json = new ObjectMapper().readTree(Files.readString(file));
    } catch (IOException e) {
      throw new CredentialsException("cannot read API key JSON " + file + ": " + e.getMessage(), e);
    }
    String keyText = text(json, "key");
    boolean base64 = json.path("is_key_content_base64").asBoolean(false);
    return new Candidate(
        label,
        file.toString(),
        text(json, "key_id"),
        text(json, "issuer_id"),
        keyText == null ? null : pemKey(keyText, file + " (\"key\")", base64));
  }

  private static String text(JsonNode json, String field) {
    JsonNode n = json.get(field);
    return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
  }

  private KeySource keyFrom(String path, String pem, boolean base64, String pemVar) {
    if (path != null) {
      return fileKey(path);
    }
    return pem == null ? null : pemKey(pem, "$" + pemVar, base64);
  }

  private KeySource fileKey(String path) {
    return () -> PrivateKeys.readFile(Path.of(path), warnings);
  }

  private static KeySource pemKey(String value, String origin, boolean base64) {
    return () -> {
      String pem =
          base64
              ? new String(Base64.getMimeDecoder().decode(value), StandardCharsets.UTF_8)
              : value.replace("\\n", "\n");
      return PrivateKeys.parsePem(pem, origin);
    };
  }

  private String env(String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v;
  }

  private String envNamed(String name) {
    return name == null ? null : env(name);
  }

  /** Loads a private key lazily, so only the chosen source is read. */
  private interface KeySource {
    ECPrivateKey load();
  }

  private record Candidate(
      String label, String places, String keyId, String issuerId, KeySource key) {
    boolean isEmpty() {
      return keyId == null && key == null && issuerId == null;
    }
  }
}
