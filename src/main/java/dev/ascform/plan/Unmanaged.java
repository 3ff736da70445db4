package dev.ascform.plan;

import java.util.List;
import java.util.Objects;

/**
 * Live resources of one kind that neither the config nor the state names: left alone.
 *
 * @param resources each of them, by natural key
 */
public record Unmanaged(
    String kind, String noun, String nounPlural, int count, List<Resource> resources) {

  /**
   * One unmanaged live resource.
   *
   * @param naturalKey the key Apple knows it by
   * @param appleId Apple's id
   * @param note why it is there when the kind knows (e.g. a capability Apple enables on every new
   *     App ID), or null
   */
  public record Resource(String naturalKey, String appleId, String note) {
    public Resource {
      Objects.requireNonNull(naturalKey, "naturalKey");
    }
  }

  public Unmanaged {
    resources = resources == null ? List.of() : List.copyOf(resources);
  }

  /** "12 devices", "1 bundle ID". */
  public String phrase() {
    return count + " " + (count == 1 ? noun : nounPlural);
  }
}
