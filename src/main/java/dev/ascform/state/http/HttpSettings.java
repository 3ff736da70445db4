package dev.ascform.state.http;

import dev.ascform.state.StateException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where and how to reach a Terraform HTTP backend: the state address ({@code --state https://…}),
 * the lock and unlock addresses and methods, and the credentials. As Terraform's {@code TF_HTTP_*}
 * variables, from the environment:
 *
 * <ul>
 *   <li>{@code ASCFORM_HTTP_LOCK_ADDRESS}, {@code ASCFORM_HTTP_UNLOCK_ADDRESS} (default: the state
 *       address; GitLab's is {@code <address>/lock});
 *   <li>{@code ASCFORM_HTTP_LOCK_METHOD} ({@code LOCK}; GitLab: {@code POST}), {@code
 *       ASCFORM_HTTP_UNLOCK_METHOD} ({@code UNLOCK}; GitLab: {@code DELETE}), {@code
 *       ASCFORM_HTTP_UPDATE_METHOD} ({@code POST});
 *   <li>{@code ASCFORM_HTTP_USERNAME} and {@code ASCFORM_HTTP_PASSWORD} (else the URL's user info).
 * </ul>
 *
 * <p>Plain {@code http://} is accepted only for a loopback host (tests, a local proxy): a token
 * never crosses a network in the clear. The password never appears in {@link #masked()}.
 */
public final class HttpSettings {
  private static final Pattern LOOPBACK = Pattern.compile("127\\.0\\.0\\.1|localhost|\\[::1\\]");
  private static final Pattern METHOD = Pattern.compile("[A-Z]+");

  private final URI address;
  private final URI lockAddress;
  private final URI unlockAddress;
  private final String lockMethod;
  private final String unlockMethod;
  private final String updateMethod;
  private final String username;
  private final String password;

  private HttpSettings(
      URI address,
      URI lockAddress,
      URI unlockAddress,
      String lockMethod,
      String unlockMethod,
      String updateMethod,
      String username,
      String password) {
    this.address = address;
    this.lockAddress = lockAddress;
    this.unlockAddress = unlockAddress;
    this.lockMethod = lockMethod;
    this.unlockMethod = unlockMethod;
    this.updateMethod = updateMethod;
    this.username = username;
    this.password = password;
  }

  /** Whether a {@code --state} value names an HTTP backend. */
  public static boolean matches(String spec) {
    return spec.startsWith("https://") || spec.startsWith("http://");
  }

  /**
   * Parses the state URL and the {@code ASCFORM_HTTP_*} variables.
   *
   * @throws StateException (credentials masked) when the URL is not usable
   */
  public static HttpSettings parse(String spec, Map<String, String> env) {
    URI raw;
    try {
      raw = URI.create(spec.trim());
    } catch (IllegalArgumentException e) {
      throw new StateException("the state URL " + maskRaw(spec) + " is not a URL");
    }
    String user = env.get("ASCFORM_HTTP_USERNAME");
    String pass = env.get("ASCFORM_HTTP_PASSWORD");
    if (raw.getRawUserInfo() != null) {
      String[] parts = raw.getRawUserInfo().split(":", 2);
      user = user != null ? user : decode(parts[0]);
      pass = pass != null ? pass : parts.length > 1 ? decode(parts[1]) : null;
    }
    URI address = withoutUserInfo(raw);
    check(address, spec);
    URI lock =
        env.containsKey("ASCFORM_HTTP_LOCK_ADDRESS")
            ? URI.create(env.get("ASCFORM_HTTP_LOCK_ADDRESS"))
            : address;
    URI unlock =
        env.containsKey("ASCFORM_HTTP_UNLOCK_ADDRESS")
            ? URI.create(env.get("ASCFORM_HTTP_UNLOCK_ADDRESS"))
            : lock;
    check(lock, "ASCFORM_HTTP_LOCK_ADDRESS");
    check(unlock, "ASCFORM_HTTP_UNLOCK_ADDRESS");
    return new HttpSettings(
        address,
        lock,
        unlock,
        method(env, "ASCFORM_HTTP_LOCK_METHOD", "LOCK"),
        method(env, "ASCFORM_HTTP_UNLOCK_METHOD", "UNLOCK"),
        method(env, "ASCFORM_HTTP_UPDATE_METHOD", "POST"),
        user == null || user.isEmpty() ? null : user,
        pass == null || pass.isEmpty() ? null : pass);
  }

  private static void check(URI uri, String what) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new StateException(maskRaw(what) + ": expected an https:// URL with a host");
    }
    if (scheme.equals("http") && !LOOPBACK.matcher(uri.getHost()).matches()) {
      throw new StateException(
          maskRaw(what)
              + ": plain http:// is accepted only for a loopback host (127.0.0.1, localhost); use"
              + " https:// so credentials never travel in the clear");
    }
  }

  private static String method(Map<String, String> env, String name, String dflt) {
    String v = env.getOrDefault(name, dflt).trim().toUpperCase(Locale.ROOT);
    if (!METHOD.matcher(v).matches()) {
      throw new StateException(name + " \"" + v + "\" is not an HTTP method");
    }
    return v;
  }

  URI address() {
    return address;
  }

  URI lockAddress() {
    return lockAddress;
  }

  URI unlockAddress() {
    return unlockAddress;
  }

  String lockMethod() {
    return lockMethod;
  }

  String unlockMethod() {
    return unlockMethod;
  }

  String updateMethod() {
    return updateMethod;
  }

  /** {@code Basic …} when a user name is set. */
  Optional<String> authorization() {
    if (username == null) {
      return Optional.empty();
    }
    String pair = username + ":" + (password == null ? "" : password);
    return Optional.of(
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
  }

  /** The state address, without user info. */
  public String masked() {
    return address.toString();
  }

  /** {@code text} with the password (and its basic-auth form) replaced by {@code ***}. */
  String scrub(String text) {
    if (text == null || password == null) {
      return text;
    }
    String out = text.replace(password, "***");
    return authorization().map(a -> out.replace(a.substring("Basic ".length()), "***")).orElse(out);
  }

  @Override
  public String toString() {
    return masked();
  }

  /** A raw URL with its user info masked. */
  public static String maskRaw(String spec) {
    return spec.replaceAll("^([a-z]+://)[^@/]*@", "$1***@");
  }

  private static URI withoutUserInfo(URI u) {
    try {
      return new URI(
          u.getScheme(),
          null,
          u.getHost(),
          u.getPort(),
          u.getPath(),
          u.getQuery(),
          u.getFragment());
    } catch (java.net.URISyntaxException e) {
      throw new StateException("the state URL " + maskRaw(u.toString()) + " is not a URL");
    }
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
