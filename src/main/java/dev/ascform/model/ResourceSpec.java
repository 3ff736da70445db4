package dev.ascform.model;

import dev.ascform.diag.SourcePos;

/** What every declared resource has: a local name (its key), a kind, a position, a guard. */
public interface ResourceSpec {
  /** The local name the config keys the resource by, e.g. {@code main_app}. */
  String key();

  ResourceKind kind();

  /** When true, no plan may delete or replace this resource. */
  boolean preventDestroy();

  /** Where the resource is declared (its key in the YAML). */
  SourcePos pos();

  /** The stable address, e.g. {@code bundle_id.main_app}. */
  default String address() {
    return kind().address(key());
  }
}
