package dev.ascform.sandbox;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Consumer;

/** A plain HTTP client for tests: signs its own ES256 JWTs with java-jwt (not the api package). */
public final class TestApi {
  public static final ObjectMapper JSON = new ObjectMapper();
  private final Sandbox sandbox;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private String token;

  public TestApi(Sandbox sandbox) {
    this.sandbox = sandbox;
    this.token = token(sandbox.teamKey(), b -> {});
  }

  public Sandbox sandbox() {
    return sandbox;
  }

  /** Uses this bearer token from now on. */
  public TestApi withToken(String token) {
    this.token = token;
    return this;
  }

  public static ECPrivateKey privateKey(String pem) {
    try {
      String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
      return (ECPrivateKey)
          KeyFactory.getInstance("EC")
              .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A valid team-key token (iat now, exp +15 min), adjusted by {@code tweak}. */
  public static String token(TeamKey key, Consumer<JWTCreator.Builder> tweak) {
    Instant now = Instant.now();
    JWTCreator.Builder b =
        JWT.create()
            .withKeyId(key.keyId())
            .withIssuer(key.issuerId())
            .withAudience("appstoreconnect-v1")
            .withIssuedAt(now)
            .withExpiresAt(now.plusSeconds(900));
    tweak.accept(b);
    return b.sign(Algorithm.ECDSA256(null, privateKey(key.privateKeyPem())));
  }

  public HttpResponse<String> get(String pathAndQuery) {
    return send("GET", pathAndQuery, null);
  }

  public HttpResponse<String> post(String path, String json) {
    return send("POST", path, json);
  }

  public HttpResponse<String> patch(String path, String json) {
    return send("PATCH", path, json);
  }

  public HttpResponse<String> delete(String path) {
    return send("DELETE", path, null);
  }

  public HttpResponse<String> delete(String path, String json) {
    return send("DELETE", path, json);
  }

  /** Sends a request; an absolute URL (e.g. links.next) is used as is. */
  public HttpResponse<String> send(String method, String pathOrUrl, String json) {
    try {
      return sendOrThrow(method, pathOrUrl, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Like {@link #send} but lets the IOException of a dropped connection through. */
  public HttpResponse<String> sendOrThrow(String method, String pathOrUrl, String json)
      throws IOException {
    URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : sandbox.baseUrl() + pathOrUrl);
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  public static JsonNode json(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + r.body(), e);
    }
  }

  /** The first error's code of an ErrorResponse. */
  public static String errorCode(HttpResponse<String> r) {
    return json(r).path("errors").path(0).path("code").asText();
  }

  /** Creates a resource and returns its id (fails the test unless 201). */
  public String create(String path, String json) {
    HttpResponse<String> r = post(path, json);
    if (r.statusCode() != 201) {
      throw new AssertionError(
          "expected 201 from POST " + path + " but got " + r.statusCode() + ": " + r.body());
    }
    return json(r).path("data").path("id").asText();
  }

  public String createBundleId(String identifier, String platform) {
    return create(
        "/v1/bundleIds",
        "{\"data\":{\"type\":\"bundleIds\",\"attributes\":{\"identifier\":\""
            + identifier
            + "\",\"name\":\""
            + identifier
            + " app\",\"platform\":\""
            + platform
            + "\"}}}");
  }

  public String createDevice(String name, String udid, String platform) {
    return create("/v1/devices", deviceBody(name, udid, platform));
  }

  public static String deviceBody(String name, String udid, String platform) {
    return "{\"data\":{\"type\":\"devices\",\"attributes\":{\"name\":\""
        + name
        + "\",\"udid\":\""
        + udid
        + "\",\"platform\":\""
        + platform
        + "\"}}}";
  }

  /** A 40-hex-digit UDID derived from n. */
  public static String udid(int n) {
    return String.format("%040x", 0xABC000L + n);
  }
}
