package dev.ascform.state;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The account a state belongs to. A sandbox state is never used against Apple, nor one account's
 * state against another.
 *
 * @param apiUrl the API base URL; any loopback URL counts as the same local sandbox, whatever its
 *     port (the embedded sandbox listens on an ephemeral one)
 * @param issuerId the API key's issuer id
 * @param account the config's account name
 */
public record StateTarget(
    @JsonProperty("api_url") String apiUrl,
    @JsonProperty("issuer_id") String issuerId,
    @JsonProperty("account") String account) {
  private static final Pattern LOOPBACK =
      Pattern.compile("^https?://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:\\d+)?(/.*)?$");

  public StateTarget {
    Objects.requireNonNull(apiUrl, "apiUrl");
  }

  /** The API URL with loopback ports and trailing slashes normalized away. */
  public String apiIdentity() {
    String url = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
    return LOOPBACK.matcher(url).matches()
        ? "loopback sandbox"
        : URI.create(url).normalize().toString();
  }

  /** Whether a state written for {@code other} may be used for this target. */
  public boolean sameAs(StateTarget other) {
    return apiIdentity().equals(other.apiIdentity())
        && Objects.equals(issuerId, other.issuerId)
        && Objects.equals(account, other.account);
  }

  /** "https://api.appstoreconnect.apple.com (issuer 69a6..., account acme)". */
  public String describe() {
    return apiUrl + " (issuer " + issuerId + ", account " + account + ")";
  }
}
