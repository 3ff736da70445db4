package dev.ascform.config;

import dev.ascform.diag.Diagnostics;
import dev.ascform.diag.SourcePos;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one YAML file into SnakeYAML's node tree (which keeps a position on every node), safely:
 * the file must be non-empty UTF-8 text of at most {@link #MAX_BYTES}, hold one document, and stay
 * within bounds on aliases and nesting so that a "billion laughs" file fails fast. Problems are
 * reported as diagnostics with a position, never thrown.
 */
final class YamlParser {
  /** Largest config file accepted. */
  static final int MAX_BYTES = 3 * 1024 * 1024;

  static final int MAX_ALIASES = 50;
  static final int MAX_DEPTH = 50;

  private YamlParser() {}

  /** The root node of the file's single document, or empty when the file has problems. */
  static Optional<Node> parse(Path file, Diagnostics diags) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      diags.error(SourcePos.startOf(file), "cannot read the file: " + e.getMessage());
      return Optional.empty();
    }
    Optional<String> text = decode(file, bytes, diags);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      List<Node> docs = new ArrayList<>();
      newYaml().composeAll(new StringReader(text.get())).forEach(docs::add);
      if (docs.isEmpty()) {
        diags.error(
            SourcePos.startOf(file),
            "the file holds no YAML document (only comments or blank lines)");
        return Optional.empty();
      }
      if (docs.size() > 1) {
        diags.error(
            at(file, docs.get(1).getStartMark()),
            "a config file holds one YAML document; this is the second ('---')");
        return Optional.empty();
      }
      return Optional.of(docs.get(0));
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      diags.error(m == null ? SourcePos.startOf(file) : at(file, m), describe(e));
    } catch (YAMLException e) {
      SourcePos pos =
          AliasLocator.firstAliasBeyond(text.get(), MAX_ALIASES)
              .or(() -> AliasLocator.firstNestingBeyond(text.get(), MAX_DEPTH))
              .map(m -> at(file, m))
              .orElse(SourcePos.startOf(file));
      diags.error(pos, limitMessage(e.getMessage()));
    }
    return Optional.empty();
  }

  /** The position of a SnakeYAML mark (0-based) as a 1-based {@link SourcePos}. */
  static SourcePos at(Path file, Mark m) {
    return new SourcePos(file, m.getLine() + 1, m.getColumn() + 1);
  }

  private static Optional<String> decode(Path file, byte[] bytes, Diagnostics diags) {
    if (bytes.length == 0) {
      diags.error(SourcePos.startOf(file), "the file is empty");
      return Optional.empty();
    }
    if (bytes.length > MAX_BYTES) {
      diags.error(
          SourcePos.startOf(file),
          "the file is "
              + bytes.length
              + " bytes; config files are limited to "
              + MAX_BYTES
              + " bytes");
      return Optional.empty();
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        diags.error(
            posOfByte(file, bytes, i),
            "the file is binary (it contains a NUL byte), not YAML text");
        return Optional.empty();
      }
    }
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      String s = dec.decode(in).toString();
      return Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s);
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes);
      diags.error(
          posOfByte(file, bytes, bad),
          "the file is not valid UTF-8 (bad byte 0x"
              + String.format("%02X", bytes[bad] & 0xff)
              + "); save it as UTF-8");
      return Optional.empty();
    }
  }

  private static int firstInvalidUtf8(byte[] bytes) {
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    dec.decode(in, out, true);
    return Math.min(in.position(), bytes.length - 1);
  }

  /** Line and column (in characters) of byte {@code index}, counting from the file start. */
  private static SourcePos posOfByte(Path file, byte[] bytes, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String prefix = new String(bytes, lineStart, index - lineStart, StandardCharsets.UTF_8);
    return new SourcePos(file, line, prefix.codePointCount(0, prefix.length()) + 1);
  }

  private static String describe(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
    String ctx = e.getContext();
    String msg = ctx == null ? problem : ctx + ": " + problem;
    return "YAML syntax: " + limitMessage(msg.replaceAll("\\s+", " ").trim());
  }

  private static String limitMessage(String m) {
    if (m == null) {
      return "invalid YAML";
    }
    if (m.contains("aliases for non-scalar nodes")) {
      return "too many aliases (more than "
          + MAX_ALIASES
          + " '*' references to collections):"
          + " refusing a possible 'billion laughs' expansion";
    }
    if (m.contains("Nesting Depth exceeded")) {
      return "nesting is deeper than " + MAX_DEPTH + " levels";
    }
    if (m.contains("code point limit")) {
      return "the document is larger than " + MAX_BYTES + " characters";
    }
    return m;
  }

  private static Yaml newYaml() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_BYTES);
    options.setAllowRecursiveKeys(false);
    options.setAllowDuplicateKeys(
        true); // duplicates are found, with both positions, by NodeConverter
    return new Yaml(
        new org.yaml.snakeyaml.constructor.SafeConstructor(options),
        new org.yaml.snakeyaml.representer.Representer(new org.yaml.snakeyaml.DumperOptions()),
        new org.yaml.snakeyaml.DumperOptions(),
        options,
        new CoreSchemaResolver());
  }

  /**
   * YAML 1.2 core schema scalars: only {@code true/false} are booleans (not {@code yes/no/on/off}),
   * plain decimal numbers are numbers, and there are no implicit timestamps.
   */
  static final class CoreSchemaResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(
          Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
      addImplicitResolver(Tag.INT, Pattern.compile("^[-+]?[0-9]+$"), "-+0123456789");
      addImplicitResolver(
          Tag.FLOAT,
          Pattern.compile("^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$"),
          "-+.0123456789");
      addImplicitResolver(Tag.NULL, Pattern.compile("^(?:~|null|Null|NULL| )$"), "~nN\0");
      addImplicitResolver(Tag.NULL, Pattern.compile("^$"), null);
    }
  }
}
