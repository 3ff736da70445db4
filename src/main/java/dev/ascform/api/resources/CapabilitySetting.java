package dev.ascform.api.resources;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A capability setting as sent in requests, e.g. {@code ICLOUD_VERSION} with option {@code
 * XCODE_6}. Keys are open strings. Read from Apple's response ({@code Attributes.Capability}) it
 * holds the chosen options likewise: those Apple does not mark {@code enabled: false}.
 *
 * @param key the setting key
 * @param options the chosen options
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CapabilitySetting(String key, List<Option> options) {
  public CapabilitySetting {
    options = options == null ? null : List.copyOf(options);
  }

  /**
   * A setting as Apple sends it: its options list every option, those not chosen marked {@code
   * enabled: false}; they are left out. An option without {@code enabled} counts as chosen, and a
   * missing key reads as empty text.
   */
  @JsonCreator
  static CapabilitySetting fromApple(
      @JsonProperty("key") String key, @JsonProperty("options") List<JsonNode> options) {
    List<Option> chosen = new ArrayList<>();
    if (options != null) {
      for (JsonNode o : options) {
        if (o != null && o.path("enabled").asBoolean(true)) {
          chosen.add(new Option(o.path("key").asText()));
        }
      }
    }
    return new CapabilitySetting(key == null ? "" : key, chosen);
  }

  /** A setting with the given option keys. */
  public static CapabilitySetting of(String key, String... optionKeys) {
    return new CapabilitySetting(key, Arrays.stream(optionKeys).map(Option::new).toList());
  }

  /**
   * A capability option.
   *
   * @param key the option key
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Option(String key) {}
}
