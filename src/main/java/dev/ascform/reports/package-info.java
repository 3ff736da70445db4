/**
 * Sales and finance report downloads: Apple's valid combinations ({@link
 * dev.ascform.reports.SalesCatalog}, {@link dev.ascform.reports.FinanceCatalog}), report periods
 * ({@link dev.ascform.reports.Frequency}), predictable file names, format conversion and a
 * resumable, atomic {@link dev.ascform.reports.Downloader}. Nothing here prints; the CLI renders.
 */
package dev.ascform.reports;
