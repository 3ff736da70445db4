/**
 * Running a plan: {@link dev.ascform.apply.Applier} makes the changes in dependency order,
 * independent ones concurrently, records each success in the state at once, recovers lost writes by
 * re-reading (never by resending) and checks every change by reading it back.
 */
package dev.ascform.apply;
