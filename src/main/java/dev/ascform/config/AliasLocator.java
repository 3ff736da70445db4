package dev.ascform.config;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;

/**
 * Finds where a document exceeds the alias or nesting limit, so that the error points at the
 * offending value rather than at the top of the file. Reads parser events only: nothing expands.
 */
final class AliasLocator {
  private AliasLocator() {}

  /** The position of the first list or mapping nested deeper than {@code max}, if any. */
  static Optional<Mark> firstNestingBeyond(String text, int max) {
    int depth = 0;
    try {
      for (Event e : new Yaml().parse(new StringReader(text))) {
        if (e instanceof CollectionStartEvent && ++depth > max) {
          return Optional.ofNullable(e.getStartMark());
        } else if (e instanceof org.yaml.snakeyaml.events.CollectionEndEvent) {
          depth--;
        }
      }
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The position of the first alias to a list or mapping beyond {@code max}, if any. */
  static Optional<Mark> firstAliasBeyond(String text, int max) {
    Set<String> collectionAnchors = new HashSet<>();
    int aliases = 0;
    try {
      for (Event e : new Yaml().parse(new StringReader(text))) {
        if (e instanceof CollectionStartEvent c && c.getAnchor() != null) {
          collectionAnchors.add(c.getAnchor());
        } else if (e instanceof AliasEvent a
            && collectionAnchors.contains(a.getAnchor())
            && ++aliases > max) {
          return Optional.ofNullable(a.getStartMark());
        }
      }
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
