package dev.ascform.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Finds the {@code ascform} invocations in a shell script (a CI step, or a help example) and checks
 * them with picocli's parser without running anything. Enough shell for CI scripts: line
 * continuations, comments, quotes, {@code && || ; |} lists, redirections, leading {@code if}/{@code
 * then}/{@code !}, {@code VAR=value} prefixes; variable references ({@code $X}, {@code ${X}},
 * GitHub's <code>${{ x }}</code>) become a placeholder word.
 */
final class ShellCommands {
  static final String PLACEHOLDER = "PLACEHOLDER";
  private static final Pattern GITHUB_EXPR = Pattern.compile("\\$\\{\\{[^}]*}}");
  private static final Pattern VAR =
      Pattern.compile("\\$(\\{[A-Za-z_][A-Za-z0-9_:#%-]*}|[A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*");

  private ShellCommands() {}

  /** The argument lists (program name dropped) of every ascform command in {@code script}. */
  static List<List<String>> ascformCommands(String script) {
    List<List<String>> found = new ArrayList<>();
    String joined = script.replaceAll("\\\\\\r?\\n\\s*", " ");
    for (String line : joined.split("\\r?\\n")) {
      for (List<String> words : simpleCommands(line)) {
        List<String> w = new ArrayList<>(words);
        while (!w.isEmpty()
            && (w.get(0).equals("if")
                || w.get(0).equals("then")
                || w.get(0).equals("elif")
                || w.get(0).equals("else")
                || w.get(0).equals("do")
                || w.get(0).equals("!")
                || ASSIGNMENT.matcher(w.get(0)).matches())) {
          w.remove(0);
        }
        if (!w.isEmpty() && (w.get(0).equals("ascform") || w.get(0).endsWith("/ascform"))) {
          found.add(List.copyOf(w.subList(1, w.size())));
        }
      }
    }
    return found;
  }

  /**
   * Parses {@code args} as picocli would for {@code ascform}; throws on an unknown command or flag.
   */
  static CommandLine.ParseResult parse(List<String> args) {
    return Main.newCommandLine().parseArgs(args.toArray(String[]::new));
  }

  /** The simple commands of one line, as words; redirections and their targets removed. */
  static List<List<String>> simpleCommands(String line) {
    String text =
        VAR.matcher(GITHUB_EXPR.matcher(line).replaceAll(PLACEHOLDER)).replaceAll(PLACEHOLDER);
    List<List<String>> commands = new ArrayList<>();
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    boolean skipNext = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"') {
        int end = text.indexOf(c, i + 1);
        end = end < 0 ? text.length() : end;
        word = word == null ? new StringBuilder() : word;
        word.append(text, i + 1, end);
        i = end + 1;
        continue;
      }
      boolean boundary =
          Character.isWhitespace(c)
              || c == ';'
              || c == '&'
              || c == '|'
              || c == '>'
              || c == '<'
              || (c == '#' && word == null);
      if (!boundary) {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
        i++;
        continue;
      }
      if (word != null) {
        boolean redirectFd = (c == '>' || c == '<') && word.toString().matches("\\d+");
        if (!redirectFd) {
          if (!skipNext) {
            words.add(word.toString());
          }
          skipNext = false;
        }
        word = null;
      }
      if (c == '#') {
        break;
      }
      if (c == '>' || c == '<') {
        while (i + 1 < text.length() && "<>&".indexOf(text.charAt(i + 1)) >= 0) {
          i++;
        }
        skipNext =
            !(i + 1 < text.length()
                && Character.isDigit(text.charAt(i + 1))
                && text.charAt(i) == '&');
        if (!skipNext) {
          i++; // ">&2": the descriptor is part of the operator
        }
      } else if (c == ';' || c == '&' || c == '|') {
        if (!words.isEmpty()) {
          commands.add(words);
        }
        words = new ArrayList<>();
      }
      i++;
    }
    if (word != null && !skipNext) {
      words.add(word.toString());
    }
    if (!words.isEmpty()) {
      commands.add(words);
    }
    return commands;
  }
}
