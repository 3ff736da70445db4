/**
 * What will change: the planner, its per-kind SPI, the plan model, safety and plan files.
 *
 * <h2>Adding a kind</h2>
 *
 * <p>Write one class implementing {@link dev.ascform.plan.KindRules KindRules&lt;D, L&gt;} (name,
 * rank, natural keys, Apple id, attribute maps; optionally immutable fields, replace triggers and
 * order, dependencies, policy) plus the traits it has: {@link dev.ascform.plan.Updatable}, {@link
 * dev.ascform.plan.Deletable}, or {@link dev.ascform.plan.Retirable} for kinds that are disabled
 * instead of deleted. List it once in {@code dev.ascform.kinds.Kinds#all()}. The planner needs
 * nothing else: it orders kinds by {@link dev.ascform.plan.KindRules#rank}, then name, and refuses
 * a kind given twice.
 *
 * <h2>Flow</h2>
 *
 * <ol>
 *   <li>Per kind, build a {@link dev.ascform.plan.KindSnapshot} (desired by address with {@code
 *       prevent_destroy}, everything live).
 *   <li>{@link dev.ascform.plan.Planner#plan} with the state's {@link dev.ascform.plan.Managed}
 *       entries and {@link dev.ascform.plan.PlanSettings} gives an ordered {@link
 *       dev.ascform.plan.Plan}; {@link dev.ascform.plan.Plan#withStats} adds request counts.
 *   <li>{@link dev.ascform.plan.Plan#checkSafety} refuses unsafe plans; renderers in {@code
 *       plan.render} print it; {@link dev.ascform.plan.PlanFile} saves it.
 *   <li>The applier runs the changes in order and records each success in the state.
 * </ol>
 *
 * <p>This package never talks to the network and knows nothing of config files or the API.
 */
package dev.ascform.plan;
