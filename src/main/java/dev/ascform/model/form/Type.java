package dev.ascform.model.form;

/**
 * The declared type of a config value. Every type may carry a description (shown by editors and
 * used by the config's diagnostics), or null.
 */
public sealed interface Type
    permits Text, Choice, Flag, Num, ListOf, MapOf, Obj, Ref, LocalName, OneOf {

  /** What the value means, for people; null when the type says enough. */
  String description();
}
