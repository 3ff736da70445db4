package dev.ascform.sandbox.generate;

import java.util.List;
import java.util.Locale;

/** The README.md written beside a generated account: what it holds, its drift, its bounds. */
final class GeneratedReadme {
  private GeneratedReadme() {}

  static String text(Scale scale, long seed, AccountCounts counts, List<Drift.Item> drift) {
    String s = scale.name().toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    b.append("# Generated account: ")
        .append(s)
        .append(" (random seed ")
        .append(seed)
        .append(")\n\n")
        .append("Made by `ascform sandbox generate --scale ")
        .append(s)
        .append(" --random-seed ")
        .append(seed)
        .append("`; the same command writes the same bytes.\n\n")
        .append(
            "- `sandbox-seed.yaml`: the account, for `ascform sandbox serve --seed` or"
                + " `--sandbox`.\n")
        .append("- `*.yaml`: the ascform config of the same account, with the drift below.\n\n")
        .append("```sh\nascform validate -c .\nascform plan --sandbox -c .\n```\n\n")
        .append("## The account\n\n| collection | resources | pages of 200 |\n|---|---:|---:|\n");
    counts
        .collections()
        .forEach(
            (c, n) ->
                b.append("| ")
                    .append(c)
                    .append(" | ")
                    .append(n)
                    .append(" | ")
                    .append(AccountCounts.pages(n))
                    .append(" |\n"));
    b.append("| bundle ID capabilities (via include) | ")
        .append(counts.capabilities())
        .append(" | 0 |\n")
        .append("| tester memberships (via include) | ")
        .append(counts.memberships())
        .append(" | 0 |\n\n")
        .append("Lower bound of a full read: **")
        .append(counts.lowerBound())
        .append(" requests** (longest chain of pages: ")
        .append(counts.longestChain())
        .append("); a one-request-per-resource refresh: ")
        .append(counts.perResource())
        .append(" requests. Formula: docs/PERFORMANCE.md.\n\n## Drift (config vs account)\n\n");
    for (Drift.Item i : drift) {
      b.append("- `")
          .append(i.action())
          .append("` ")
          .append(i.kind())
          .append(": ")
          .append(i.description())
          .append('\n');
    }
    String[] all = {
      "bundle_id",
      "capability",
      "device",
      "certificate",
      "profile",
      "user",
      "beta_group",
      "beta_tester"
    };
    int create = count(drift, "create", all);
    int update = count(drift, "update", all);
    int replace = count(drift, "replace", all);
    int delete = count(drift, "delete", all);
    int existing =
        counts.count("bundleIds")
            + counts.capabilities()
            + counts.count("devices")
            + counts.count("certificates")
            + counts.count("profiles")
            + counts.count("users")
            + counts.count("userInvitations")
            + counts.count("betaGroups")
            + counts.memberships();
    int adopt = existing - delete - count(drift, "none", all);
    b.append("\nA first plan (no state yet) of every kind reads: `")
        .append(create)
        .append(" to create, ")
        .append(update)
        .append(" to update, ")
        .append(replace)
        .append(" to replace, ")
        .append(delete)
        .append(" to delete, ")
        .append(adopt)
        .append(" to adopt` (every existing resource the config declares is adopted; one that")
        .append(" changes is adopted and updated or replaced, and counted in both), plus one more")
        .append(" replace for each profile of the bundle ID whose capability changes: Apple marks")
        .append(" those profiles INVALID, so the plan recreates them.\n");
    return b.toString();
  }

  static int count(List<Drift.Item> drift, String action, String... kinds) {
    List<String> k = List.of(kinds);
    return (int)
        drift.stream().filter(i -> i.action().equals(action) && k.contains(i.kind())).count();
  }
}
