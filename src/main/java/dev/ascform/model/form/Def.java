package dev.ascform.model.form;

/**
 * A named type, written once in the schema's {@code $defs} and referenced from each use.
 *
 * @param name the definition's name ({@code BundleId})
 * @param type its type
 */
public record Def(String name, Type type) {}
