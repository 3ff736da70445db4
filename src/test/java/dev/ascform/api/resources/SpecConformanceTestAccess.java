package dev.ascform.api.resources;

import java.util.List;

/** Lets other test packages reuse the list of API interfaces. */
public final class SpecConformanceTestAccess {
  private SpecConformanceTestAccess() {}

  public static List<Class<?>> apis() {
    return SpecConformanceTest.APIS;
  }
}
