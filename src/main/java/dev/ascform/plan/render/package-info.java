/**
 * Renderers over one {@link dev.ascform.plan.Plan}: {@link dev.ascform.plan.render.HumanRenderer}
 * (terminal and CI logs), {@link dev.ascform.plan.render.JsonRenderer} (the documented {@code
 * docs/PLAN-JSON.md} format) and {@link dev.ascform.plan.render.MarkdownRenderer} (pull-request
 * comments). They write to an injected {@link java.lang.Appendable} and compute nothing.
 */
package dev.ascform.plan.render;
