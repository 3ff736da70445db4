package dev.ascform.api.resources;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.List;

/**
 * A capability setting as sent in requests, e.g. {@code ICLOUD_VERSION} with option {@code
 * XCODE_6}. Keys are open strings.
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
