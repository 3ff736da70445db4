package dev.ascform.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs the benchmark script {@code src/bench/run.sh} and prints its table. Not part of the
 * default suite (surefire's default includes never match {@code *Bench}); run it with
 * {@code mvn -B -Pbench verify}, which executes it after the jar is packaged. Nothing about
 * timing is asserted: only that the benchmark ran to the end.
 */
class ScaleBench {
  @Test
  void runsTheBenchmark() throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", "src/bench/run.sh").redirectErrorStream(true);
    String jar = System.getProperty("ascform.jar");
    if (jar != null) {
      pb.environment().put("ASCFORM_JAR", Path.of(jar).toAbsolutePath().toString());
    }
    Process p = pb.start();
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        System.out.println(line);
      }
    }
    assertThat(p.waitFor()).as("exit code of src/bench/run.sh").isZero();
  }
}
