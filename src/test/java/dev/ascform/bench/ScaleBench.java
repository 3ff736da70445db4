package dev.ascform.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs the benchmark script {@code src/bench/run.sh} and prints its table. Not part of the default
 * suite (surefire's default includes never match {@code *Bench}); run it with {@code mvn -B -Pbench
 * verify}, which executes it after the jar is packaged. Nothing about timing is asserted: only that
 * the benchmark ran to the end.
 */
class ScaleBench {
  @Test
  void runsTheBenchmark() throws Exception {
    // Through the launcher, as users run ascform: the jar was just packaged, so ./ascform uses it
    // as it is (and makes its class-data archive when that is older than the jar).
    ProcessBuilder pb = new ProcessBuilder("bash", "src/bench/run.sh").redirectErrorStream(true);
    pb.environment().remove("ASCFORM_JAR");
    Process p = pb.start();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        System.out.println(line);
      }
    }
    assertThat(p.waitFor()).as("exit code of src/bench/run.sh").isZero();
  }
}
