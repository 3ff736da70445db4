package dev.ascform.export;

/**
 * A kind whose live resources export writes inside their parent's entry (capabilities inside their
 * bundle ID, tester memberships inside their beta group), not as entries of their own: the parent
 * finds them with {@link ExportContext#children}.
 *
 * @param <L> the kind's live resource type
 */
public interface ExportableChild<L> {

  /** The Apple id of the parent resource this live resource is written under. */
  String parentAppleId(L live);
}
