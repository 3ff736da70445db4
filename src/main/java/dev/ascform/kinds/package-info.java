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
 *   <li>Declare its config section once, as a {@code public static final Section SECTION} in the
 *       class (the vocabulary of {@link dev.ascform.model.form}; shared definitions such as local
 *       names and Apple's enumerations are in {@link dev.ascform.config.ConfigForm}), and implement
 *       {@link dev.ascform.export.Exportable}: {@code section()} returns it, {@code exportName} is
 *       the text a local name derives from, and {@code exportEntry} writes the live resource
 *       through {@code SECTION.entry()} as a config entry that plans no change; child kinds
 *       implement {@link dev.ascform.export.ExportableChild} and are written inside their parent's
 *       entry (docs/EXPORT.md). Regenerate the JSON Schema with {@code mvn -o -q test
 *       -Dtest=SchemaFileTest -Dascform.schema.write=true}.
 *   <li>List it in {@link dev.ascform.kinds.Kinds#all()}. The live reader, planner, applier, export
 *       and the schema need nothing else; the config binding (its spec in {@code model}, {@code
 *       ResourceKind}, {@code DesiredState}, {@code config/ConfigLoader} and a builder), the API (a
 *       Feign interface, {@code ApiParts}, {@code AscClient}), {@code export/Sections} and the
 *       sandbox still do: docs/CONTRIBUTING.md lists every file.
 * </ol>
 *
 * <p>Writes never retry: the applier re-reads with {@code find}/{@code reread} after a write whose
 * outcome is unknown, and after every write to check it (postconditions).
 */
package dev.ascform.kinds;
