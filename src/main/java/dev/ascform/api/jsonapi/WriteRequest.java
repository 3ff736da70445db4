package dev.ascform.api.jsonapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON:API create ({@code POST /v1/{type}}) or update ({@code PATCH /v1/{type}/{id}}) body.
 *
 * @param data the resource to create or the changes to apply
 */
public record WriteRequest(WriteData data) {

  /** Starts a create request for {@code type}. */
  public static Builder create(String type) {
    return new Builder(type, null);
  }

  /** Starts an update request for the resource {@code type}/{@code id}. */
  public static Builder update(String type, String id) {
    return new Builder(type, Objects.requireNonNull(id, "id"));
  }

  /** Collects attributes and relationships; attributes with a null value are skipped. */
  public static final class Builder {
    private final String type;
    private final String id;
    private final Map<String, Object> attributes = new LinkedHashMap<>();
    private final Map<String, Linkage> relationships = new LinkedHashMap<>();

    private Builder(String type, String id) {
      this.type = Objects.requireNonNull(type, "type");
      this.id = id;
    }

    /** Sets an attribute unless {@code value} is null. */
    public Builder attr(String name, Object value) {
      if (value != null) {
        attributes.put(name, value);
      }
      return this;
    }

    /** Adds a to-one relationship unless {@code ref} is null. */
    public Builder toOne(String name, ResourceRef ref) {
      if (ref != null) {
        relationships.put(name, Linkage.one(ref));
      }
      return this;
    }

    /** Adds a to-many relationship unless {@code refs} is null. */
    public Builder toMany(String name, List<ResourceRef> refs) {
      if (refs != null) {
        relationships.put(name, Linkage.many(refs));
      }
      return this;
    }

    public WriteRequest build() {
      return new WriteRequest(
          new WriteData(
              type,
              id,
              attributes.isEmpty() && id == null
                  ? Map.of()
                  : attributes.isEmpty() ? null : attributes,
              relationships.isEmpty() ? null : relationships));
    }
  }
}
