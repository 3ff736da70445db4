package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ascform.reliability.AccountCheck;
import dev.ascform.state.LockInfo;
import dev.ascform.state.StateBackend;
import dev.ascform.state.http.HttpBackend;
import dev.ascform.state.http.HttpSettings;
import dev.ascform.state.http.TerraformHttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ascform with {@code --state http://user:token@127.0.0.1:PORT/state/acme} against a server
 * speaking Terraform's HTTP backend protocol ({@link TerraformHttpServer}): plan, apply and a clean
 * plan with no local state file; two applies at once; {@code --lock-timeout 0s}; a SIGKILLed holder
 * (the protocol has no sessions: its lock stays until {@code force-unlock ID}); the server going
 * away mid-apply. The token appears in no output.
 */
class HttpStateTest {
  private static final String TOKEN = "glpat-Secret-Token-456";

  @TempDir Path tmp;

  private static String url(TerraformHttpServer server) {
    return server.url("acme").replace("http://", "http://ci:" + TOKEN + "@");
  }

  private static HttpBackend backend(TerraformHttpServer server) {
    return new HttpBackend(HttpSettings.parse(url(server), Map.of()));
  }

  private static void noToken(Workspace.Run... runs) {
    for (Workspace.Run r : runs) {
      assertThat(r.all()).doesNotContain(TOKEN);
    }
  }

  @Test
  void planApplyAndACleanPlanKeepTheStateOnTheServerOnly() throws Exception {
    try (TerraformHttpServer server = new TerraformHttpServer();
        SharedStateRig rig = new SharedStateRig(tmp, url(server), 0)) {
      server.requireAuth("ci", TOKEN);
      Workspace.Run plan = rig.run("plan", "--detailed-exitcode");
      assertThat(plan.code()).as(plan.all()).isEqualTo(2);
      assertThat(plan.all()).contains("state: " + server.url("acme") + " (new)");
      Workspace.Run apply = rig.run("apply", "--auto-approve");
      assertThat(apply.code()).as(apply.all()).isZero();
      Workspace.Run again = rig.run("plan", "--detailed-exitcode");
      assertThat(again.code()).as(again.all()).isZero();
      noToken(plan, apply, again);
      assertThat(server.state()).contains("\"lineage\"");
      assertThat(server.lock()).isNull();
      assertThat(rig.localStateFiles()).isEmpty();
      assertThat(AccountCheck.duplicates(rig.sb.account())).isEmpty();
    }
  }

  @Test
  void twoAppliesAtOnceBothSucceedAndEveryUpdateCarriesTheLockAndAddsOne() throws Exception {
    try (TerraformHttpServer server = new TerraformHttpServer();
        SharedStateRig rig = new SharedStateRig(tmp, url(server), 5)) {
      CompletableFuture<Workspace.Run> a =
          CompletableFuture.supplyAsync(
              () -> rig.run("apply", "--auto-approve", "--lock-timeout", "120s"));
      CompletableFuture<Workspace.Run> b =
          CompletableFuture.supplyAsync(
              () -> rig.run("apply", "--auto-approve", "--lock-timeout", "120s"));
      Workspace.Run ra = a.get(180, TimeUnit.SECONDS);
      Workspace.Run rb = b.get(180, TimeUnit.SECONDS);
      assertThat(ra.code()).as(ra.all()).isZero();
      assertThat(rb.code()).as(rb.all()).isZero();
      assertThat(List.of(ra.all(), rb.all())).anyMatch(s -> s.contains("No changes."));
      List<TerraformHttpServer.Update> updates = server.updates();
      assertThat(updates).isNotEmpty();
      for (int i = 0; i < updates.size(); i++) {
        assertThat(updates.get(i).serial()).isEqualTo(i + 1);
        assertThat(updates.get(i).lockId()).as("update %d carries the lock id", i).isNotNull();
      }
      assertThat(AccountCheck.duplicates(rig.sb.account())).isEmpty();
      noToken(ra, rb);
    }
  }

  @Test
  void withNoWaitARunStopsAtOnceNamingTheHolder() throws Exception {
    try (TerraformHttpServer server = new TerraformHttpServer();
        SharedStateRig rig = new SharedStateRig(tmp, url(server), 0)) {
      server.requireAuth("ci", TOKEN);
      try (StateBackend.Lock held = backend(server).lock("apply", Duration.ZERO)) {
        Workspace.Run r = rig.run("apply", "--auto-approve", "--lock-timeout", "0s");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err())
            .contains("locked by " + held.info().owner())
            .contains("pid " + ProcessHandle.current().pid())
            .contains("for apply")
            .contains("ascform force-unlock " + held.info().id());
        assertThat(rig.sb.stats().total()).as("nothing asked of the account").isZero();
        noToken(r);
      }
    }
  }

  @Test
  void aSigkilledApplysLockIsNamedAndForceUnlockRemovesIt() throws Exception {
    try (TerraformHttpServer server = new TerraformHttpServer();
        SharedStateRig rig = new SharedStateRig(tmp, url(server), 40)) {
      Path log = tmp.resolve("child.log");
      Process child = rig.launch(rig.args("apply", "--auto-approve"), log);
      try {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (server.lock() == null && child.isAlive() && System.nanoTime() < giveUp) {
          Thread.sleep(20);
        }
      } finally {
        SharedStateRig.sigkill(child);
      }
      assertThat(server.lock())
          .as("the child took the lock; its log: %s", Files.readString(log))
          .isNotNull();
      String id = new ObjectMapper().readTree(server.lock()).get("ID").asText();
      Workspace.Run blocked = rig.run("apply", "--auto-approve", "--lock-timeout", "0s");
      assertThat(blocked.code()).isEqualTo(1);
      assertThat(blocked.err())
          .contains("(pid " + child.pid() + ")")
          .contains("ascform force-unlock " + id);
      Workspace.Run unlock =
          Workspace.run("force-unlock", id, "-c", rig.ws.config.toString(), "--state", rig.state);
      assertThat(unlock.code()).as(unlock.all()).isZero();
      Optional<LockInfo> after = backend(server).lockInfo();
      assertThat(after).isEmpty();
      Workspace.Run next = rig.run("apply", "--auto-approve", "--lock-timeout", "0s");
      assertThat(next.code()).as(next.all()).isZero();
      assertThat(rig.run("plan", "--detailed-exitcode").code()).isZero();
      assertThat(AccountCheck.duplicates(rig.sb.account())).isEmpty();
      assertThat(Files.readString(log)).doesNotContain(TOKEN);
      noToken(blocked, unlock, next);
    }
  }

  @Test
  void theServerGoingAwayMidApplyStopsItAndTheNextRunDuplicatesNothing() throws Exception {
    try (TerraformHttpServer server = new TerraformHttpServer();
        SharedStateRig rig = new SharedStateRig(tmp, url(server), 30)) {
      CompletableFuture<Workspace.Run> apply =
          CompletableFuture.supplyAsync(
              () -> rig.run("apply", "--auto-approve", "--concurrency", "1"));
      long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (server.updates().size() < 2 && !apply.isDone() && System.nanoTime() < giveUp) {
        Thread.sleep(5);
      }
      server.down(true);
      Workspace.Run cut = apply.get(120, TimeUnit.SECONDS);
      assertThat(cut.code()).as(cut.all()).isEqualTo(1);
      assertThat(cut.all())
          .contains("cannot save the state at " + server.url("acme"))
          .contains("HTTP 503");
      server.down(false);
      if (server.lock() != null) {
        // the apply could not give its lock back while the server was down
        String id = new ObjectMapper().readTree(server.lock()).get("ID").asText();
        assertThat(cut.all()).contains(id);
        assertThat(
                Workspace.run(
                        "force-unlock", id, "-c", rig.ws.config.toString(), "--state", rig.state)
                    .code())
            .isZero();
      }
      Workspace.Run again = rig.run("apply", "--auto-approve");
      assertThat(again.code()).as(again.all()).isZero();
      assertThat(rig.run("plan", "--detailed-exitcode").code()).isZero();
      assertThat(AccountCheck.duplicates(rig.sb.account())).isEmpty();
      noToken(cut, again);
    }
  }
}
