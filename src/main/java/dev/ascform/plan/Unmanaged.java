package dev.ascform.plan;

/** Live resources of one kind that neither the config nor the state names: left alone. */
public record Unmanaged(String kind, String noun, String nounPlural, int count) {
  /** "12 devices", "1 bundle ID". */
  public String phrase() {
    return count + " " + (count == 1 ? noun : nounPlural);
  }
}
