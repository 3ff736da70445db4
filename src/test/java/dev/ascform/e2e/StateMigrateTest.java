package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ascform.state.http.TerraformHttpServer;
import dev.ascform.state.pg.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code state migrate --to URL} keeps lineage and serial (a plan then finds nothing to do against
 * the new backend) and refuses a destination holding another lineage; {@code state pull} prints the
 * stored JSON; {@code state push FILE} is a compare-and-swap on the serial.
 */
class StateMigrateTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void aFileStateMovesToPostgresAndToAnHttpServerWithItsLineageAndSerial() throws Exception {
    Path file = tmp.resolve("acme.state.json");
    String db = TestPostgres.newDatabase();
    String pg = TestPostgres.url(db);
    try (SharedStateRig rig = new SharedStateRig(tmp, file.toString(), 0);
        TerraformHttpServer server = new TerraformHttpServer()) {
      assertThat(rig.run("apply", "--auto-approve").code()).isZero();
      JsonNode before = JSON.readTree(file.toFile());

      Workspace.Run migrate =
          Workspace.run("state", "migrate", "--state", file.toString(), "--to", pg);
      assertThat(migrate.code()).as(migrate.all()).isZero();
      assertThat(migrate.out())
          .contains("serial " + before.get("serial").asLong())
          .contains("postgresql://" + db + ":***@")
          .doesNotContain(TestPostgres.PASSWORD);

      Workspace.Run pulled =
          Workspace.run(
              "state", "pull", "-c", rig.ws.config.toString(), "--state", pg, "--sandbox");
      assertThat(pulled.code()).as(pulled.all()).isZero();
      JsonNode inPg = JSON.readTree(pulled.out());
      assertThat(inPg).isEqualTo(before);

      SharedStateRig onPg = rig;
      Workspace.Run plan =
          Workspace.run(
              onPg.args("plan", "--detailed-exitcode").stream()
                  .map(a -> a.equals(file.toString()) ? pg : a)
                  .toArray(String[]::new));
      assertThat(plan.code()).as(plan.all()).isZero();

      String http = server.url("acme");
      assertThat(Workspace.run("state", "migrate", "--state", file.toString(), "--to", http).code())
          .isZero();
      assertThat(JSON.readTree(server.state())).isEqualTo(before);
      Workspace.Run again =
          Workspace.run("state", "migrate", "--state", file.toString(), "--to", http);
      assertThat(again.code()).as("the same state, already there").isZero();

      Path other = tmp.resolve("other.state.json");
      String otherLineage = before.get("lineage").asText().replaceAll("[0-9a-f]", "0");
      Files.writeString(
          other, Files.readString(file).replace(before.get("lineage").asText(), otherLineage));
      Workspace.Run refused =
          Workspace.run("state", "migrate", "--state", other.toString(), "--to", pg);
      assertThat(refused.code()).isEqualTo(1);
      assertThat(refused.err())
          .contains("already holds another state")
          .contains("nothing was copied")
          .doesNotContain(TestPostgres.PASSWORD);
    }
  }

  @Test
  void pushIsACompareAndSwapOnTheSerial() throws Exception {
    Path file = tmp.resolve("acme.state.json");
    try (SharedStateRig rig = new SharedStateRig(tmp, file.toString(), 0);
        TerraformHttpServer server = new TerraformHttpServer()) {
      assertThat(rig.run("apply", "--auto-approve").code()).isZero();
      long serial = JSON.readTree(file.toFile()).get("serial").asLong();
      String http = server.url("acme");
      assertThat(Workspace.run("state", "migrate", "--state", file.toString(), "--to", http).code())
          .isZero();
      Path pulled = tmp.resolve("pulled.json");
      Workspace.Run pull =
          Workspace.run(
              "state", "pull", "--state", http, "-c", rig.ws.config.toString(), "--sandbox");
      Files.writeString(pulled, pull.out());
      Path edited = tmp.resolve("edited.json");
      Files.writeString(
          edited,
          pull.out().replaceFirst("\"prevent_destroy\" : false", "\"prevent_destroy\" : true"));

      Workspace.Run push =
          Workspace.run(
              "state",
              "push",
              edited.toString(),
              "--state",
              http,
              "-c",
              rig.ws.config.toString(),
              "--sandbox");
      assertThat(push.code()).as(push.all()).isZero();
      assertThat(push.out()).contains("(serial " + (serial + 1) + ")");
      assertThat(JSON.readTree(server.state()).get("serial").asLong()).isEqualTo(serial + 1);

      Workspace.Run stale =
          Workspace.run(
              "state",
              "push",
              pulled.toString(),
              "--state",
              http,
              "-c",
              rig.ws.config.toString(),
              "--sandbox");
      assertThat(stale.code()).isEqualTo(1);
      assertThat(stale.err())
          .contains("changed since it was read (serial " + serial + " -> " + (serial + 1) + ")");
      assertThat(JSON.readTree(server.state()).get("serial").asLong()).isEqualTo(serial + 1);
    }
  }
}
