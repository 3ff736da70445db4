package dev.ascform.api;

import dev.ascform.api.jsonapi.CollectionDocument;
import dev.ascform.api.jsonapi.Relationship;
import dev.ascform.api.jsonapi.RelationshipDocument;
import dev.ascform.api.jsonapi.Resource;
import dev.ascform.api.jsonapi.ResourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Complete to-many relationships despite Apple's include cap: {@code include} returns at most 50
 * related resources per relationship. When {@code relationships.X.meta.paging.total} says there are
 * more (or no total is given and exactly the cap came back, or the linkage is absent), the {@code
 * /{id}/{relationship}} endpoint is paged instead.
 */
public final class Relationships {
  /** Apple's cap on included resources per relationship. */
  public static final int INCLUDE_CAP = 50;

  private final Pager pager;

  public Relationships(Pager pager) {
    this.pager = pager;
  }

  /**
   * The complete related identifiers of {@code owner.relationship}: the linkage when it is
   * complete, else every page of {@code fullRead} (e.g. {@code () -> profiles.deviceIds(id)}).
   */
  public List<ResourceRef> refs(
      Resource owner, String relationship, Supplier<RelationshipDocument> fullRead) {
    Relationship rel = owner.relationship(relationship);
    if (rel != null && rel.hasData() && !rel.mayBeTruncated(INCLUDE_CAP)) {
      return rel.refs();
    }
    return pager.allRefs(fullRead);
  }

  /**
   * The complete related resources of {@code owner.relationship}: from {@code included} when the
   * linkage is complete and every resource was included, else every page of {@code fullRead} (e.g.
   * {@code () -> profiles.devices(id)}).
   */
  public List<Resource> resources(
      Resource owner,
      String relationship,
      Map<ResourceRef, Resource> included,
      Supplier<CollectionDocument> fullRead) {
    Relationship rel = owner.relationship(relationship);
    if (rel != null && rel.hasData() && !rel.mayBeTruncated(INCLUDE_CAP)) {
      List<Resource> out = new ArrayList<>();
      for (ResourceRef ref : rel.refs()) {
        Resource r = included.get(ref);
        if (r == null) {
          return pager.all(fullRead).data();
        }
        out.add(r);
      }
      return List.copyOf(out);
    }
    return pager.all(fullRead).data();
  }
}
