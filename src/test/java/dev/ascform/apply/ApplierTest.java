package dev.ascform.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.api.AscClient;
import dev.ascform.api.auth.ApiCredentials;
import dev.ascform.kinds.DeleteOps;
import dev.ascform.kinds.KindOps;
import dev.ascform.kinds.UpdateOps;
import dev.ascform.kinds.WriteContext;
import dev.ascform.live.LiveReads;
import dev.ascform.model.DesiredState;
import dev.ascform.plan.Address;
import dev.ascform.plan.Desired;
import dev.ascform.plan.KindSnapshot;
import dev.ascform.plan.Plan;
import dev.ascform.plan.PlanSettings;
import dev.ascform.plan.Planner;
import dev.ascform.secrets.SecretStore;
import dev.ascform.state.StateFile;
import dev.ascform.state.StateRecorder;
import dev.ascform.state.StateStore;
import dev.ascform.state.StateTarget;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The applier's ordering, failure handling and state recording, with in-memory kinds. */
class ApplierTest {
  @TempDir Path tmp;

  /** An in-memory account shared by the two fake kinds. */
  static final class Account {
    final Map<String, String> live = new ConcurrentHashMap<>();
    final List<String> writes = new CopyOnWriteArrayList<>();
    final Set<String> failing = ConcurrentHashMap.newKeySet();
  }

  /** A fake kind: resources are strings, keyed by themselves; parts depend on a thing. */
  record Fake(String name, int rank, Account account)
      implements KindOps<String, String>, UpdateOps<String, String>, DeleteOps {
    @Override
    public String naturalKey(String d) {
      return d;
    }

    @Override
    public String liveNaturalKey(String l) {
      return l;
    }

    @Override
    public String appleId(String l) {
      return "id-" + l;
    }

    @Override
    public Map<String, Object> desiredAttributes(String d) {
      return Map.of("k", d);
    }

    @Override
    public Map<String, Object> liveAttributes(String l) {
      return Map.of("k", l);
    }

    @Override
    public Set<Address> dependencies(String d) {
      return name.equals("part") ? Set.of(Address.of("thing", d.substring(0, 1))) : Set.of();
    }

    @Override
    public Map<Address, Desired<String>> desired(DesiredState s) {
      return Map.of();
    }

    @Override
    public List<String> readAll(LiveReads reads) {
      return List.of();
    }

    @Override
    public String create(WriteContext ctx, String d) {
      if (name.equals("part")) {
        ctx.appleIdOf(Address.of("thing", d.substring(0, 1)));
      }
      account.writes.add(name + ":" + d);
      if (account.failing.contains(d)) {
        throw new IllegalStateException("boom " + d);
      }
      account.live.put("id-" + d, d);
      return d;
    }

    @Override
    public Optional<String> find(WriteContext ctx, String d) {
      return Optional.ofNullable(account.live.get("id-" + d));
    }

    @Override
    public Optional<String> reread(WriteContext ctx, String id, String key) {
      return Optional.ofNullable(account.live.get(id));
    }

    @Override
    public String update(WriteContext ctx, String id, String d) {
      return d;
    }

    @Override
    public void delete(WriteContext ctx, String id) {
      account.live.remove(id);
    }
  }

  private static AscClient unusedClient() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    return AscClient.builder()
        .baseUrl("http://127.0.0.1:9")
        .credentials(
            new ApiCredentials(
                "KEY1234567", "issuer", (ECPrivateKey) g.generateKeyPair().getPrivate(), "test"))
        .build();
  }

  @Test
  void failureSkipsOnlyDependentsAndStateKeepsTheRest() throws Exception {
    Account account = new Account();
    account.failing.add("b");
    Fake thing = new Fake("thing", 10, account);
    Fake part = new Fake("part", 20, account);
    Map<Address, Desired<String>> things =
        Map.of(
            Address.of("thing", "a"), Desired.of("a"), Address.of("thing", "b"), Desired.of("b"));
    Map<Address, Desired<String>> parts =
        Map.of(
            Address.of("part", "a1"), Desired.of("a1"), Address.of("part", "b1"), Desired.of("b1"));
    Plan plan =
        new Planner()
            .plan(
                List.of(
                    new KindSnapshot<>(thing, things, List.of()),
                    new KindSnapshot<>(part, parts, List.of())),
                List.of(),
                PlanSettings.DEFAULT);
    StateStore store =
        new StateStore(tmp.resolve("s.json"), new StateTarget("http://127.0.0.1:1", "i", "t"));
    StateRecorder recorder = new StateRecorder(store, store.load());
    StringWriter progress = new StringWriter();
    ApplyResult result =
        new Applier(
                unusedClient(),
                Map.of("thing", thing, "part", part),
                SecretStore.unconfigured(),
                recorder,
                4,
                new PrintWriter(progress, true))
            .apply(plan);

    assertThat(result.done())
        .extracting(d -> d.change().address().toString())
        .containsExactlyInAnyOrder("thing.a", "part.a1");
    assertThat(result.failed())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("boom b"));
    assertThat(result.skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.because()).isEqualTo("thing.b failed"));
    assertThat(account.writes).doesNotContain("part:b1");
    assertThat(account.writes.indexOf("thing:a")).isLessThan(account.writes.indexOf("part:a1"));
    StateFile saved = store.load();
    assertThat(saved.resources())
        .extracting(r -> r.address().toString())
        .containsExactly("part.a1", "thing.a");
    assertThat(progress.toString())
        .contains(
            "[4/4] ", "+ thing.b ... FAILED: boom b", "+ part.b1 ... skipped: thing.b failed");
    assertThat(result.summary()).startsWith("Apply failed: 2 done, 1 failed, 1 skipped.");
  }
}
