package dev.ascform.diag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects diagnostics while input is checked, so that every problem is reported at once instead of
 * only the first. Identical diagnostics are kept once. Not thread-safe.
 */
public final class Diagnostics {
  private final Set<Diagnostic> all = new LinkedHashSet<>();

  public void add(Diagnostic d) {
    all.add(d);
  }

  public void error(SourcePos pos, String summary) {
    add(Diagnostic.error(pos, summary));
  }

  public void warning(SourcePos pos, String summary) {
    add(Diagnostic.warning(pos, summary));
  }

  public void addAll(Iterable<Diagnostic> ds) {
    ds.forEach(this::add);
  }

  public boolean hasErrors() {
    return all.stream().anyMatch(Diagnostic::isError);
  }

  /** Everything collected so far, sorted by position then message. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> list = new ArrayList<>(all);
    list.sort(Diagnostic.ORDER);
    return List.copyOf(list);
  }

  /** Only the warnings, sorted. */
  public List<Diagnostic> warnings() {
    return sorted().stream().filter(d -> !d.isError()).toList();
  }

  /** Throws a {@link ConfigException} carrying every diagnostic when any of them is an error. */
  public void throwIfErrors() throws ConfigException {
    if (hasErrors()) {
      throw new ConfigException(sorted());
    }
  }
}
