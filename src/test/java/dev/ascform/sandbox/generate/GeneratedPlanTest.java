package dev.ascform.sandbox.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.cli.Main;
import dev.ascform.generate.GeneratedConfig;
import dev.ascform.sandbox.Sandbox;
import dev.ascform.sandbox.SandboxOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Plans the generated MEDIUM account through the real CLI against a sandbox seeded with it, and
 * holds the request count to the bound in docs/PERFORMANCE.md, counted by the sandbox itself.
 */
class GeneratedPlanTest {
  @TempDir Path tmp;

  @Test
  void planReadsEachCollectionInItsPagesAndStaysWithinTheBound() throws Exception {
    Path dir = tmp.resolve("account");
    AccountCounts counts =
        AccountGenerator.generate(Scale.MEDIUM, 1, dir, GeneratedConfig::write).counts();
    try (Sandbox sb =
        Sandbox.start(
            SandboxOptions.defaults().withSeedFile(dir.resolve(AccountGenerator.SEED_FILE)))) {
      Path key = tmp.resolve("AuthKey.p8");
      sb.writePrivateKey(key);
      CommandLine cli = Main.newCommandLine();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      int code =
          cli.execute(
              "plan",
              "--format",
              "json",
              "-c",
              dir.toString(),
              "--state",
              tmp.resolve("state.json").toString(),
              "--api-url",
              sb.baseUrl(),
              "--key-id",
              sb.teamKey().keyId(),
              "--issuer-id",
              sb.teamKey().issuerId(),
              "--private-key",
              key.toString());
      assertThat(code).as(out + "\n" + err).isZero();
      assertThat(out.toString())
          .contains(
              "device.watch_001", "bundle_id.app01_main_stickers", "capability.app01_main.icloud");

      Map<String, Long> ops = sb.stats().perOperation();
      // today's kinds: bundle IDs (capabilities included) and devices, exactly their pages
      assertThat(ops.get("GET /v1/bundleIds")).isEqualTo(counts.pages("bundleIds"));
      assertThat(ops.get("GET /v1/devices")).isEqualTo(counts.pages("devices"));
      // every top-level collection read takes exactly its pages of 200
      counts
          .collections()
          .keySet()
          .forEach(
              c -> {
                Long n = ops.get("GET /v1/" + c);
                if (n != null) {
                  assertThat(n).as(c).isEqualTo((long) counts.pages(c));
                }
              });
      // no write, and the whole read within 1.25 x the lower bound of the full account
      assertThat(ops.keySet()).allMatch(k -> k.startsWith("GET "));
      assertThat(sb.stats().total()).isLessThanOrEqualTo((long) (1.25 * counts.lowerBound()));

      // the generated README tells what a first plan reads; the text plan says just that
      String readme = java.nio.file.Files.readString(dir.resolve("README.md"));
      Matcher m = Pattern.compile("`(\\d+ to create, [^`]*)`").matcher(readme);
      assertThat(m.find()).as(readme).isTrue();
      StringWriter text = new StringWriter();
      cli = Main.newCommandLine();
      cli.setOut(new PrintWriter(text, true));
      cli.setErr(new PrintWriter(text, true));
      assertThat(
              cli.execute(
                  "plan",
                  "-c",
                  dir.toString(),
                  "--state",
                  tmp.resolve("state.json").toString(),
                  "--api-url",
                  sb.baseUrl(),
                  "--key-id",
                  sb.teamKey().keyId(),
                  "--issuer-id",
                  sb.teamKey().issuerId(),
                  "--private-key",
                  key.toString()))
          .as(text.toString())
          .isZero();
      Matcher plan = Pattern.compile("Plan: (\\d+ to create, [^.]*)\\.").matcher(text.toString());
      assertThat(plan.find()).as(text.toString()).isTrue();
      int[] said = numbers(m.group(1));
      int[] got = numbers(plan.group(1));
      // create, update, delete and adopt exactly; replaces: the drift's, plus the profiles the
      // capability change invalidates
      assertThat(new int[] {got[0], got[1], got[3], got[4]})
          .containsExactly(said[0], said[1], said[3], said[4]);
      assertThat(got[2]).isGreaterThanOrEqualTo(said[2]);
    }
  }

  private static int[] numbers(String summary) {
    return Arrays.stream(summary.split(", "))
        .mapToInt(p -> Integer.parseInt(p.substring(0, p.indexOf(' '))))
        .toArray();
  }
}
