package dev.ascform.plan.render;

import dev.ascform.plan.Plan;

/** Lets tests in other packages reuse the golden scenarios. */
public final class GoldenRendererTestAccess {
  private GoldenRendererTestAccess() {}

  public static Plan mixed() {
    return GoldenRendererTest.mixed();
  }
}
