package dev.ascform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code ${NAME}} in scalar values from an environment map; {@code $${} is a literal
 * {@code ${}. An unset variable or a malformed reference is a problem, never an empty string.
 */
final class EnvExpander {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** The expanded text, or the problems found in it (then {@code text} is null). */
  record Result(String text, List<String> problems) {}

  private final Map<String, String> env;

  EnvExpander(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  Result expand(String s) {
    if (s.indexOf('$') < 0) {
      return new Result(s, List.of());
    }
    StringBuilder out = new StringBuilder();
    List<String> problems = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      if (s.startsWith("$${", i)) {
        out.append("${");
        i += 3;
      } else if (s.startsWith("${", i)) {
        int end = s.indexOf('}', i + 2);
        if (end < 0) {
          problems.add("'${' is not closed by '}' (write '$${' for a literal '${')");
          break;
        }
        String name = s.substring(i + 2, end);
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
          problems.add("'${" + name + "}' is not a valid environment variable reference");
        } else if (!env.containsKey(name)) {
          problems.add("environment variable " + name + " is not set");
        } else {
          out.append(env.get(name));
        }
        i = end + 1;
      } else {
        out.append(s.charAt(i++));
      }
    }
    return problems.isEmpty() ? new Result(out.toString(), List.of()) : new Result(null, problems);
  }
}
