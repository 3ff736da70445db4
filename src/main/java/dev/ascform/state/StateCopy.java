package dev.ascform.state;

import java.util.Optional;

/**
 * {@code ascform state migrate}: a state copied to another backend with its lineage and serial
 * kept, so that saved plans and every run's checks carry over. Hold both backends' locks.
 */
public final class StateCopy {
  private StateCopy() {}

  /**
   * Copies {@code source} to {@code to}; returns what {@code to} holds afterwards.
   *
   * @throws StateException when {@code to} holds another lineage, or this one at another serial or
   *     content
   */
  public static StateFile copy(StateFile source, StateBackend to) {
    Optional<StateFile> there = to.read();
    if (there.isPresent()) {
      StateFile t = there.get();
      if (!t.lineage().equals(source.lineage())) {
        throw new StateException(
            "refusing to migrate: "
                + to.location()
                + " already holds"
                + " another state (lineage "
                + t.lineage()
                + ", serial "
                + t.serial()
                + ", "
                + t.resources().size()
                + " resources); nothing was copied. Point --to elsewhere,"
                + " or remove that state first.");
      }
      if (t.serial() == source.serial() && t.sameContentAs(source)) {
        return t;
      }
      throw new StateException(
          "refusing to migrate: "
              + to.location()
              + " holds this state at"
              + " serial "
              + t.serial()
              + ", the source is at serial "
              + source.serial()
              + "; nothing was copied. Use the newer one (ascform state pull / push).");
    }
    if (source.serial() < 1) {
      throw new StateException("nothing to migrate: the state was never saved");
    }
    // save() stores its argument's serial plus one: hand it the serial before the source's
    return to.save(source.withSerial(source.serial() - 1));
  }
}
