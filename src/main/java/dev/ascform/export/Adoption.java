package dev.ascform.export;

import dev.ascform.api.AscClient;
import dev.ascform.live.LiveReader;
import dev.ascform.live.ReadOps;
import dev.ascform.model.DesiredState;
import dev.ascform.plan.Action;
import dev.ascform.plan.Change;
import dev.ascform.plan.Plan;
import dev.ascform.plan.PlanSettings;
import dev.ascform.plan.Planner;
import dev.ascform.state.StateFile;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code export --adopt}: plans the exported config against the account with the normal planner and
 * records every ADOPT in the state exactly as {@code apply} would (Apple id, natural key,
 * attributes and their digest), without writing anything to Apple.
 */
public final class Adoption {
  private Adoption() {}

  /**
   * The result of adopting.
   *
   * @param state the state with every adopted resource
   * @param adopted how many resources were adopted
   * @param others the plan's changes that are not adoptions (should be none right after export)
   */
  public record Result(StateFile state, int adopted, List<Change> others) {}

  /**
   * Plans {@code desired} against the account with {@code kinds} (a fresh set, {@code Kinds.all()})
   * on top of {@code base} and records the adopts.
   */
  public static Result adopt(
      AscClient client,
      List<? extends ReadOps<?, ?>> kinds,
      DesiredState desired,
      StateFile base,
      PlanSettings settings) {
    var read = new LiveReader(client).read(kinds, desired);
    Plan plan = new Planner().plan(read.snapshots(), base.managed(), settings);
    StateFile state = base;
    int adopted = 0;
    List<Change> others = new ArrayList<>();
    for (Change c : plan.changes()) {
      if (c.action() == Action.ADOPT) {
        state = state.withApplied(c, null, c.before() != null ? c.before() : c.after());
        adopted++;
      } else if (c.action() != Action.NO_OP) {
        others.add(c);
      }
    }
    return new Result(state, adopted, others);
  }
}
