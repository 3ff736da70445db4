package dev.ascform.export;

/**
 * A kind that can write its live resources back out as config ({@code ascform export}): the trait a
 * kind class implements beside {@link dev.ascform.kinds.KindOps}. Child kinds (capabilities, tester
 * memberships) are written inside their parent's entry.
 *
 * @param <L> the kind's live resource type
 */
public interface Exportable<L> {

  /** The config section the entries go under: {@code devices}. */
  String section();

  /** The Apple-side text a readable local name is derived from ("Alice's iPhone 15"). */
  String exportName(L live);

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
