package dev.ascform.state.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascform.plan.Address;
import dev.ascform.state.StateBackend;
import dev.ascform.state.StateException;
import dev.ascform.state.StateFile;
import dev.ascform.state.StateLockedException;
import dev.ascform.state.StateResource;
import dev.ascform.state.StateTarget;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP backend against {@link TerraformHttpServer}: state round trip, the lock id on every
 * update while locked, the save's check of lineage and serial, the lock and its holder, force
 * unlock, authentication kept out of messages, and plain http refused off loopback.
 */
class HttpBackendTest {
  private static final String TOKEN = "glpat-Secret-Token-123";
  private static final StateTarget TARGET = new StateTarget("http://127.0.0.1:1", "issuer", "acme");
  private final TerraformHttpServer server = newServer();

  private static TerraformHttpServer newServer() {
    try {
      return new TerraformHttpServer();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpBackend backend() {
    return new HttpBackend(HttpSettings.parse(server.url("acme"), Map.of()));
  }

  private static StateFile withDevice(StateFile s, String name) {
    return s.withResource(
        StateResource.applied(
            Address.parse("device." + name),
            "ID-" + name,
            "UDID-" + name,
            Map.of("name", name),
            false));
  }

  @Test
  void theStateGoesUpWithTheLockIdAndComesBack() {
    HttpBackend a = backend();
    assertThat(a.read()).isEmpty();
    StateFile saved;
    try (StateBackend.Lock lock = a.lock("apply", Duration.ZERO)) {
      saved = a.save(withDevice(a.load(TARGET), "one"));
      assertThat(a.save(saved)).as("unchanged: nothing posted").isEqualTo(saved);
      assertThat(server.updates())
          .containsExactly(new TerraformHttpServer.Update(lock.info().id(), 1));
    }
    assertThat(server.lock()).isNull();
    assertThat(backend().read()).get().isEqualTo(saved);
  }

  @Test
  void a404MeansNoStateYet() throws Exception {
    try (TerraformHttpServer empty = new TerraformHttpServer()) {
      empty.missingAs404(true);
      assertThat(new HttpBackend(HttpSettings.parse(empty.url("x"), Map.of())).read()).isEmpty();
    }
  }

  @Test
  void aStaleSaveIsRefused() {
    HttpBackend a = backend();
    HttpBackend b = backend();
    StateFile first = a.save(withDevice(a.load(TARGET), "one"));
    StateFile seenByB = b.load(TARGET);
    a.save(withDevice(first, "two"));
    assertThatThrownBy(() -> b.save(withDevice(seenByB, "three")))
        .isInstanceOf(StateException.class)
        .hasMessageContaining("changed since it was read (serial 1 -> 2)");
    assertThat(server.updates())
        .extracting(TerraformHttpServer.Update::serial)
        .containsExactly(1L, 2L);
    assertThatThrownBy(() -> b.save(withDevice(StateFile.empty(TARGET), "x")))
        .hasMessageContaining("lineage");
  }

  @Test
  void theLockIsExclusiveNamesItsHolderAndForceUnlockNeedsItsId() throws Exception {
    HttpBackend a = backend();
    HttpBackend b = backend();
    StateBackend.Lock held = a.lock("apply", Duration.ZERO);
    assertThat(b.lockInfo())
        .get()
        .satisfies(
            i -> {
              assertThat(i.id()).isEqualTo(held.info().id());
              assertThat(i.owner()).isEqualTo(held.info().owner());
              assertThat(i.pid()).isEqualTo(ProcessHandle.current().pid());
              assertThat(i.operation()).isEqualTo("apply");
            });
    assertThatThrownBy(() -> b.lock("plan", Duration.ZERO))
        .isInstanceOf(StateLockedException.class)
        .hasMessageContaining("locked by " + held.info().owner())
        .hasMessageContaining("force-unlock " + held.info().id());
    assertThatThrownBy(() -> b.save(withDevice(b.load(TARGET), "x")))
        .as("an update without the lock's id is refused by the server")
        .isInstanceOf(StateLockedException.class);
    CompletableFuture<String> waiter =
        CompletableFuture.supplyAsync(
            () -> {
              try (StateBackend.Lock l = b.lock("apply", Duration.ofSeconds(30))) {
                return l.info().id();
              }
            });
    Thread.sleep(300);
    assertThat(waiter).isNotDone();
    held.close();
    assertThat(waiter.get(30, TimeUnit.SECONDS)).isNotEqualTo(held.info().id());
    StateBackend.Lock again = a.lock("apply", Duration.ZERO);
    assertThatThrownBy(() -> b.forceUnlock("nope"))
        .hasMessageContaining("has id " + again.info().id());
    b.forceUnlock(again.info().id());
    assertThat(server.lock()).isNull();
    assertThatThrownBy(() -> b.forceUnlock("nope")).hasMessageContaining("is not locked");
  }

  @Test
  void credentialsGoAsBasicAuthAndNeverIntoMessages() {
    server.requireAuth("ci", TOKEN);
    String withToken = server.url("acme").replace("http://", "http://ci:" + TOKEN + "@");
    HttpBackend ok = new HttpBackend(HttpSettings.parse(withToken, Map.of()));
    assertThat(ok.location()).doesNotContain(TOKEN).doesNotContain("ci:");
    assertThat(ok.read()).isEmpty();
    HttpBackend fromEnv =
        new HttpBackend(
            HttpSettings.parse(
                server.url("acme"),
                Map.of("ASCFORM_HTTP_USERNAME", "ci", "ASCFORM_HTTP_PASSWORD", TOKEN)));
    assertThat(fromEnv.read()).isEmpty();
    HttpBackend wrong =
        new HttpBackend(HttpSettings.parse(withToken.replace(TOKEN, TOKEN + "x"), Map.of()));
    assertThatThrownBy(wrong::read)
        .hasMessageContaining("HTTP 401")
        .hasMessageContaining("check the credentials")
        .hasMessageNotContaining(TOKEN);
  }

  @Test
  void plainHttpIsRefusedOffLoopback() {
    assertThatThrownBy(
            () -> HttpSettings.parse("http://u:" + TOKEN + "@state.example.com/s", Map.of()))
        .hasMessageContaining("loopback")
        .hasMessageNotContaining(TOKEN);
    assertThat(HttpSettings.parse("https://state.example.com/s", Map.of()).masked())
        .isEqualTo("https://state.example.com/s");
  }

  @Test
  void aServerThatIsDownGivesAClearError() {
    server.down(true);
    assertThatThrownBy(() -> backend().read())
        .isInstanceOf(StateException.class)
        .hasMessageContaining("cannot read the state at " + server.url("acme"))
        .hasMessageContaining("HTTP 503");
  }
}
