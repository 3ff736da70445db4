/**
 * The resource kinds ascform manages, one class each: {@link dev.ascform.kinds.BundleIdKind},
 * {@link dev.ascform.kinds.CapabilityKind}, {@link dev.ascform.kinds.DeviceKind}, the signing kinds
 * {@link dev.ascform.kinds.CertificateKind}, {@link dev.ascform.kinds.ProfileKind}
 * (docs/SIGNING.md), and the people kinds {@link dev.ascform.kinds.UserKind}, {@link
 * dev.ascform.kinds.BetaGroupKind}, {@link dev.ascform.kinds.BetaTesterKind} (docs/PEOPLE.md).
 *
 * <h2>Adding a kind (certificates, profiles, users, beta groups, ...)</h2>
 *
 * <ol>
 *   <li>Write one class implementing {@link dev.ascform.kinds.KindOps KindOps&lt;D, L&gt;}: the
 *       planning rules of {@link dev.ascform.plan.KindRules} (name, rank, natural keys, attributes,
 *       immutable fields, dependencies) plus {@code desired(DesiredState)} (addresses from the
 *       config), {@code readAll(LiveReads)} (every live resource; share collections through {@link
 *       dev.ascform.live.LiveReads#shared} so two kinds never read one twice), {@code create},
 *       {@code find} (by natural key) and {@code reread} (by Apple id). Optionally {@code resolve}
 *       (complete desired resources from the live read, refuse plans only the live side reveals as
 *       impossible) and {@code invalidatedBy} (another change in the same plan forces a replace).
 *   <li>Add the write traits it has: {@link dev.ascform.kinds.UpdateOps} (in-place update; else any
 *       difference replaces), {@link dev.ascform.kinds.DeleteOps}, or {@link
 *       dev.ascform.kinds.RetireOps} when Apple cannot delete it. A kind with neither delete nor
 *       retire cannot be removed (the planner says so). {@link dev.ascform.kinds.BatchOps} lets the
 *       applier make many creates or deletes of one parent in one request (tester memberships).
 *   <li>Resolve the Apple ids of what it depends on with {@link
 *       dev.ascform.kinds.WriteContext#appleIdOf} (created earlier in the same apply, or from the
 *       state), never by reading the account again.
 *   <li>For {@code ascform export}, implement {@link dev.ascform.export.Exportable} (its section,
 *       the text a local name derives from, and the live resource as a config entry that plans no
 *       change); child kinds implement {@link dev.ascform.export.ExportableChild} and are written
 *       inside their parent's entry (docs/EXPORT.md).
 *   <li>List it in {@link dev.ascform.kinds.Kinds#all()}. The live reader, planner, applier and CLI
 *       need nothing else.
 * </ol>
 *
 * <p>Writes never retry: the applier re-reads with {@code find}/{@code reread} after a write whose
 * outcome is unknown, and after every write to check it (postconditions).
 */
package dev.ascform.kinds;
