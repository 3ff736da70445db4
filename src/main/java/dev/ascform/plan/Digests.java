package dev.ascform.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests of canonical JSON: map keys sorted, no whitespace, numbers as Jackson writes
 * them. Used for the state's applied digest, the plan file's live digests and config digests.
 */
public final class Digests {
  private static final ObjectMapper CANONICAL =
      JsonMapper.builder()
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .build();

  private Digests() {}

  /** {@code sha256:<hex>} of the canonical JSON of a JSON-like value. */
  public static String of(Object value) {
    return ofBytes(canonicalJson(value).getBytes(StandardCharsets.UTF_8));
  }

  /** {@code sha256:<hex>} of raw bytes (e.g. config files). */
  public static String ofBytes(byte[] bytes) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "sha256:" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** The canonical JSON text: sorted keys, compact. */
  public static String canonicalJson(Object value) {
    try {
      return CANONICAL.writeValueAsString(Values.copy(value));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON-like data: " + e.getOriginalMessage(), e);
    }
  }
}
