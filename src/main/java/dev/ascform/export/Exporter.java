package dev.ascform.export;

import dev.ascform.api.AscClient;
import dev.ascform.config.ConfigForm;
import dev.ascform.live.LiveReader;
import dev.ascform.live.LiveState;
import dev.ascform.live.ReadOps;
import dev.ascform.model.AccountSpec;
import dev.ascform.model.DesiredState;
import dev.ascform.plan.KindSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the live account and writes it as config files, one per section ({@code ascform export}).
 * Local names are derived from Apple's names in natural-key order, so the same account always gives
 * the same bytes. Kinds are known only through {@link ReadOps}, {@link Exportable} and {@link
 * ExportableChild}.
 */
public final class Exporter {
  private final AscClient client;
  private final Clock clock;
  private final List<ReadOps<?, ?>> allKinds;
  private final List<String> warnings = new ArrayList<>();

  /**
   * An exporter over {@code kinds}: a fresh set for this run ({@code Kinds.all()}), since kinds
   * keep per-run context.
   */
  public Exporter(AscClient client, Clock clock, List<? extends ReadOps<?, ?>> kinds) {
    this.client = client;
    this.clock = clock;
    this.allKinds = List.copyOf(kinds);
  }

  /**
   * The exported files by file name ({@code devices.yaml}), each starting with {@code header} (the
   * schema line).
   */
  public SortedMap<String, String> export(String account, Set<String> sections, String header) {
    Set<String> kindNames = new TreeSet<>();
    sections.forEach(s -> kindNames.addAll(Sections.KINDS.get(s)));
    List<ReadOps<?, ?>> kinds =
        allKinds.stream().filter(k -> kindNames.contains(k.name())).toList();
    DesiredState none =
        new DesiredState(
            new AccountSpec(account, null),
            new TreeMap<>(),
            new TreeMap<>(),
            new TreeMap<>(),
            new TreeMap<>(),
            new TreeMap<>(),
            new TreeMap<>(),
            new TreeMap<>(),
            null,
            List.of());
    LiveState state = new LiveReader(client).read(kinds, none);
    warnings.clear();
    warnings.addAll(state.warnings());
    Map<String, List<?>> live = new HashMap<>();
    for (KindSnapshot<?, ?> s : state.snapshots()) {
      live.put(s.kind().name(), s.live());
    }
    Context ctx = new Context(clock.instant());
    index(ctx, kinds, live);
    SortedMap<String, String> files = new TreeMap<>();
    files.put(
        "account.yaml",
        new YamlText()
            .line(header)
            .line("# Exported by `ascform export`. Credentials come from the environment")
            .line("# (ASC_KEY_ID, ASC_ISSUER_ID, ASC_PRIVATE_KEY_PATH) or a credentials block.")
            .line("account:")
            .line("  name: " + YamlText.scalar(account))
            .toString());
    Map<String, Map<String, ExportEntry>> bySection = new TreeMap<>();
    for (KindSnapshot<?, ?> s : state.snapshots()) {
      if (s.kind() instanceof Exportable<?> e) {
        bySection.put(e.section().name(), entries(s, e, ctx));
      }
    }
    bySection.forEach(
        (section, entries) ->
            files.put(
                section + ".yaml",
                new YamlText().line(header).section(section, entries).toString()));
    if (!ctx.apps.isEmpty()) {
      Map<String, ExportEntry> apps = new TreeMap<>();
      ctx.apps.forEach(
          (bundle, name) ->
              apps.put(
                  name, ExportEntry.of(ConfigForm.APPS.entry().put("bundle_id", bundle).build())));
      files.put(
          "apps.yaml",
          new YamlText()
              .line(header)
              .line("# Apps are created in App Store Connect; the config refers to them.")
              .section("apps", apps)
              .toString());
    }
    return files;
  }

  /**
   * What the last {@link #export} found and left as it is: the live read's warnings, and every
   * resource not exported with its reason.
   */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** Names every exported resource (natural-key order), and indexes children and apps. */
  private void index(Context ctx, List<ReadOps<?, ?>> kinds, Map<String, List<?>> live) {
    for (ReadOps<?, ?> k : kinds) {
      if (k instanceof Exportable<?> && live.containsKey(k.name())) {
        name(ctx, k, live.get(k.name()));
      }
    }
    Set<String> bundles = new TreeSet<>();
    for (ReadOps<?, ?> k : kinds) {
      List<?> resources = live.getOrDefault(k.name(), List.of());
      if (k instanceof ExportableChild<?> c) {
        indexChildren(ctx, k.name(), c, resources);
      }
      if (k instanceof Exportable<?> e) {
        bundles.addAll(appsReferenced(ctx, e, resources));
      }
    }
    Names appNames = new Names();
    bundles.forEach(b -> ctx.apps.put(b, appNames.assign(b, Names.ofIdentifier(b))));
  }

  @SuppressWarnings("unchecked")
  private static <L> void indexChildren(
      Context ctx, String kind, ExportableChild<L> child, List<?> live) {
    Map<String, List<Object>> byParent = ctx.children.computeIfAbsent(kind, x -> new HashMap<>());
    for (Object o : live) {
      byParent.computeIfAbsent(child.parentAppleId((L) o), x -> new ArrayList<>()).add(o);
    }
  }

  @SuppressWarnings("unchecked")
  private static <L> Set<String> appsReferenced(Context ctx, Exportable<L> e, List<?> live) {
    Set<String> out = new TreeSet<>();
    for (Object o : live) {
      if (!ctx.left.contains(o)) {
        out.addAll(e.appsReferenced((L) o));
      }
    }
    return out;
  }

  /**
   * Names the kind's resources in natural-key order, leaving out (with a warning) those it cannot
   * export and every resource after the first (by Apple id) of a natural key that several share:
   * Apple's data should never hold two, and merging them would write one resource under the other's
   * name.
   */
  @SuppressWarnings("unchecked")
  private <L> void name(Context ctx, ReadOps<?, L> kind, List<?> live) {
    Exportable<L> e = (Exportable<L>) kind;
    Names names = ctx.names.computeIfAbsent(kind.name(), x -> new Names());
    List<L> sorted = new ArrayList<>((List<L>) live);
    sorted.sort(
        Comparator.comparing((L l) -> String.valueOf(kind.liveNaturalKey(l)))
            .thenComparing(l -> String.valueOf(kind.appleId(l))));
    Map<String, String> firstIdByKey = new HashMap<>();
    for (L l : sorted) {
      String key = kind.liveNaturalKey(l);
      String first = firstIdByKey.putIfAbsent(String.valueOf(key), kind.appleId(l));
      String why =
          first != null
              ? kind.noun() + " " + first + " has the same " + "natural key \"" + key + "\""
              : !kind.unknownValues(l).isEmpty()
                  ? String.join(", ", kind.unknownValues(l)) + " unknown to this version of ascform"
                  : e.notExported(l, ctx);
      if (why != null) {
        ctx.left.add(l);
        if (first == null) {
          ctx.skippedKeys.add(kind.name() + "|" + key);
        }
        warnings.add(
            kind.noun()
                + " "
                + kind.appleId(l)
                + " (\""
                + e.exportName(l)
                + "\") is not exported: "
                + why);
        continue;
      }
      names.assign(key, e.localName(l, kind.name()));
    }
  }

  @SuppressWarnings("unchecked")
  private static <L> Map<String, ExportEntry> entries(
      KindSnapshot<?, L> s, Exportable<?> e, Context ctx) {
    Exportable<L> ex = (Exportable<L>) e;
    Map<String, ExportEntry> out = new TreeMap<>();
    for (L l : s.live()) {
      if (!ctx.left.contains(l)) {
        out.put(ctx.nameOf(s.kind().name(), s.kind().liveNaturalKey(l)), ex.exportEntry(l, ctx));
      }
    }
    return out;
  }

  private static final class Context implements ExportContext {
    final Map<String, Names> names = new HashMap<>();

    /** Child kind to parent Apple id to the child resources, in read order. */
    final Map<String, Map<String, List<Object>>> children = new HashMap<>();

    final Map<String, String> apps = new TreeMap<>();

    /** Live resources left out (by identity: two may share a natural key). */
    final Set<Object> left = Collections.newSetFromMap(new IdentityHashMap<>());

    /** {@code kind|naturalKey} of resources left out for a reason of their own. */
    final Set<String> skippedKeys = new HashSet<>();

    final Instant now;

    Context(Instant now) {
      this.now = now;
    }

    @Override
    public String nameOf(String kind, String naturalKey) {
      Names n = names.get(kind);
      return n == null ? null : n.get(naturalKey);
    }

    @Override
    public boolean skipped(String kind, String naturalKey) {
      return skippedKeys.contains(kind + "|" + naturalKey);
    }

    @Override
    public String appName(String bundleIdentifier) {
      return apps.getOrDefault(bundleIdentifier, Names.ofIdentifier(bundleIdentifier));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <C> List<C> children(String kind, String parentAppleId) {
      List<Object> out =
          children.getOrDefault(kind, Map.of()).getOrDefault(parentAppleId, List.of());
      return (List<C>) List.copyOf(out);
    }

    @Override
    public Instant now() {
      return now;
    }
  }
}
