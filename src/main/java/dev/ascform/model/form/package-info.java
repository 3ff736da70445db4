/**
 * The vocabulary the config format is declared in: a {@link dev.ascform.model.form.Document} of
 * {@link dev.ascform.model.form.Section sections} and top-level parts, each value a {@link
 * dev.ascform.model.form.Type} (text, choice, flag, number, list, map, object with {@link
 * dev.ascform.model.form.Field fields}, a named {@link dev.ascform.model.form.Def}, a local name,
 * or one of several forms).
 *
 * <p>Each kind declares its section once (its {@code section()}, next to the kind); the top-level
 * parts are declared in {@code config/ConfigForm}. From the declarations come the JSON Schema
 * ({@link dev.ascform.model.form.SchemaWriter}, committed as {@code schemas/ascform.schema.json}
 * and checked by a test) and every config entry ascform writes ({@link
 * dev.ascform.model.form.Entry}: field names and their order). The package sits below {@code
 * config} and {@code kinds} and imports neither, so both may use it.
 */
package dev.ascform.model.form;
