package dev.ascform.diag;

/** How bad a {@link Diagnostic} is: an error stops the command, a warning is only shown. */
public enum Severity {
  ERROR,
  WARNING
}
