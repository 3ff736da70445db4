package dev.ascform.plan;

import java.util.List;

/** The counts of a plan's summary line. An adopt that also updates counts in both. */
public record Summary(int create, int update, int replace, int delete, int adopt, int forget) {

  static Summary of(List<Change> changes) {
    int[] n = new int[6];
    for (Change c : changes) {
      switch (c.action()) {
        case CREATE -> n[0]++;
        case UPDATE -> n[1]++;
        case DELETE_THEN_CREATE, CREATE_THEN_DELETE -> n[2]++;
        case DELETE -> n[3]++;
        case ADOPT -> n[4]++;
        case FORGET -> n[5]++;
        case NO_OP -> {}
      }
      if (c.adopt() && c.action() != Action.ADOPT) {
        n[4]++;
      }
    }
    return new Summary(n[0], n[1], n[2], n[3], n[4], n[5]);
  }

  /** {@code Plan: 3 to create, 1 to update, 1 to replace, 0 to delete, 4 to adopt.} */
  public String line() {
    return "Plan: "
        + create
        + " to create, "
        + update
        + " to update, "
        + replace
        + " to replace, "
        + delete
        + " to delete, "
        + adopt
        + " to adopt"
        + (forget > 0 ? ", " + forget + " to forget." : ".");
  }
}
