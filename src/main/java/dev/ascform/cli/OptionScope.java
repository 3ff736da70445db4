package dev.ascform.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Removes the options a shared mixin ({@link RunOptions}, with its {@link ApiOptions}) brings to a
 * command that never uses them, so its {@code --help} lists only what applies and a parse refuses
 * the rest: the {@code state} commands and {@code force-unlock} work on the state file alone and
 * never talk to an account; {@code certificates export} reads the local key store.
 */
final class OptionScope {
  private static final String LOCK_TIMEOUT = "--lock-timeout";
  private static final String SECRETS_DIR = "--secrets-dir";

  private OptionScope() {}

  /** Option names per qualified command name that do not apply there. */
  static Map<String, Set<String>> notApplicable() {
    Set<String> api = apiOptionNames();
    Set<String> stateOnly = union(api, Set.of(SECRETS_DIR));
    return Map.of(
        "ascform state list", union(stateOnly, Set.of(LOCK_TIMEOUT)),
        "ascform state show", union(stateOnly, Set.of(LOCK_TIMEOUT)),
        "ascform state rm", stateOnly,
        "ascform state mv", stateOnly,
        "ascform state pull", union(stateOnly, Set.of(LOCK_TIMEOUT)),
        "ascform state push", stateOnly,
        "ascform state migrate", stateOnly,
        "ascform force-unlock", union(stateOnly, Set.of(LOCK_TIMEOUT)),
        "ascform certificates export", union(api, Set.of(LOCK_TIMEOUT)));
  }

  /** Applies {@link #notApplicable()} to the command tree under {@code root}. */
  static void apply(CommandLine root) {
    Map<String, Set<String>> scope = notApplicable();
    List<CommandLine> all = new ArrayList<>();
    collect(root, all);
    for (CommandLine cli : all) {
      CommandSpec spec = cli.getCommandSpec();
      Set<String> drop = scope.get(spec.qualifiedName());
      if (drop == null) {
        continue;
      }
      for (OptionSpec o : List.copyOf(spec.options())) {
        if (drop.contains(o.longestName())) {
          spec.remove(o);
        }
      }
    }
  }

  private static void collect(CommandLine cli, List<CommandLine> out) {
    out.add(cli);
    cli.getSubcommands().values().forEach(sub -> collect(sub, out));
  }

  private static Set<String> apiOptionNames() {
    Set<String> names = new TreeSet<>();
    CommandSpec.forAnnotatedObject(new ApiOptions())
        .options()
        .forEach(o -> names.add(o.longestName()));
    return names;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.addAll(b);
    return out;
  }
}
