package dev.ascform.export;

import dev.ascform.model.form.Section;
import java.util.Set;

/**
 * A kind that can write its live resources back out as config ({@code ascform export}): the trait a
 * kind class implements beside {@code kinds.KindOps}. Child kinds (capabilities, tester
 * memberships) are written inside their parent's entry ({@link ExportableChild}). The exporter
 * knows kinds only through these traits and {@link dev.ascform.live.ReadOps}.
 *
 * @param <L> the kind's live resource type
 */
public interface Exportable<L> {

  /**
   * The kind's config section ({@code devices}), declared once: its entries' fields and their
   * order, from which the JSON Schema is generated and through which {@link #exportEntry} writes.
   */
  Section section();

  /** The Apple-side text a readable local name is derived from ("Alice's iPhone 15"). */
  String exportName(L live);

  /**
   * The local name this live resource is given before it is made unique: {@link #exportName} in
   * snake case by default ({@code alice_s_iphone_15}), {@code kind} when nothing of it is left.
   */
  default String localName(L live, String kind) {
    return Names.snake(exportName(live), kind);
  }

  /**
   * The bundle identifiers of the apps this live resource refers to, which export writes in {@code
   * apps.yaml} (a beta group's app, a user's visible apps); none by default. Asked only of
   * resources that are exported.
   */
  default Set<String> appsReferenced(L live) {
    return Set.of();
  }

  /**
   * The live resource as a config entry, so that planning the entry against the same live resource
   * finds no difference. Other resources are referenced by {@code ctx}'s local names.
   */
  ExportEntry exportEntry(L live, ExportContext ctx);

  /**
   * Why this live resource cannot be written as config that loads and plans no change, or null when
   * it can: an enumeration value this version does not know, no app or bundle ID named, a reference
   * to a resource that was itself not exported ({@link ExportContext#skipped}). Such a resource is
   * left out with a warning naming the reason, and stays unmanaged.
   */
  default String notExported(L live, ExportContext ctx) {
    return null;
  }
}
