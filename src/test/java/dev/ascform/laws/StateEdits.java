package dev.ascform.laws;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Sequences of {@code state mv}, {@code state rm} and {@code import} for law 6. */
final class StateEdits {
  enum Op {
    RM,
    MV_AWAY,
    MV_ONTO,
    IMPORT
  }

  /** One edit; {@code pick} chooses among the addresses it can apply to. */
  record Edit(Op op, int pick) {}

  private StateEdits() {}

  static Arbitrary<List<Edit>> edits() {
    return Combinators.combine(Arbitraries.of(Op.values()), Arbitraries.integers().between(0, 50))
        .as(Edit::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(4);
  }

  /** Runs the edits that apply to the rig's state; returns what was run, for messages. */
  static String run(Rig rig, List<Edit> edits) {
    Map<String, String> original = resources(rig);
    List<String> removed = new ArrayList<>();
    List<String> done = new ArrayList<>();
    for (Edit e : edits) {
      Map<String, String> now = resources(rig);
      List<String> movable = now.keySet().stream().filter(StateEdits::simple).toList();
      String[] args =
          switch (e.op()) {
            case RM ->
                now.isEmpty()
                    ? null
                    : new String[] {"state", "rm", pick(new ArrayList<>(now.keySet()), e.pick())};
            case MV_AWAY -> movable.isEmpty() ? null : mvAway(pick(movable, e.pick()), e.pick());
            case MV_ONTO -> {
              // onto another address the config declares, freed by an earlier rm
              String from = movable.isEmpty() ? null : pick(movable, e.pick());
              List<String> free =
                  removed.stream()
                      .filter(StateEdits::simple)
                      .filter(
                          a -> from != null && kind(a).equals(kind(from)) && !now.containsKey(a))
                      .toList();
              yield free.isEmpty()
                  ? null
                  : new String[] {"state", "mv", from, pick(free, e.pick())};
            }
            case IMPORT -> {
              List<String> gone = removed.stream().filter(a -> !now.containsKey(a)).toList();
              yield gone.isEmpty()
                  ? null
                  : new String[] {
                    "import", pick(gone, e.pick()), original.get(pick(gone, e.pick()))
                  };
            }
          };
      if (args == null || args[args.length - 1] == null) {
        continue;
      }
      Rig.Run r = rig.cli(args);
      done.add(
          String.join(" ", args)
              + (r.code() == 0
                  ? ""
                  : " (refused: " + r.err().strip().lines().findFirst().orElse("") + ")"));
      if (r.code() == 0 && e.op() == Op.RM) {
        removed.add(args[2]);
      }
    }
    return String.join("; ", done);
  }

  private static String[] mvAway(String from, int k) {
    return new String[] {"state", "mv", from, kind(from) + ".moved_" + k};
  }

  private static String kind(String address) {
    return address.substring(0, address.indexOf('.'));
  }

  /** Addresses {@code kind.name} with a plain local name (not capabilities or memberships). */
  private static boolean simple(String address) {
    return address.indexOf('.') == address.lastIndexOf('.') && !address.contains("/");
  }

  private static <T> T pick(List<T> from, int k) {
    return from.get(k % from.size());
  }

  /** Address to Apple id of every state entry. */
  static Map<String, String> resources(Rig rig) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!Files.exists(rig.state)) {
      return out;
    }
    try {
      JsonNode state = Rig.JSON.readTree(rig.state.toFile());
      for (JsonNode r : state.path("resources")) {
        out.put(r.path("address").asText(), r.path("apple_id").asText(null));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
