package dev.ascform.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascform.plan.Address;
import dev.ascform.plan.Digests;
import dev.ascform.plan.SecretGuard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoreTest {
  static final StateTarget SANDBOX = new StateTarget("http://127.0.0.1:41234", "iss-1", "acme");
  static final StateTarget APPLE =
      new StateTarget("https://api.appstoreconnect.apple.com", "iss-1", "acme");
  @TempDir Path dir;

  static StateResource bundle(String name, String appleId) {
    Map<String, Object> attrs = Map.of("name", name);
    return new StateResource(
        Address.of("bundle_id", name),
        "bundle_id",
        appleId,
        "com.acme." + name,
        Digests.of(attrs),
        attrs,
        false);
  }

  @Test
  void missingFileLoadsAsEmptyStateWithNewLineage() {
    StateStore store = new StateStore(dir.resolve("acme.state.json"), SANDBOX);
    StateFile s = store.load();
    assertThat(s.resources()).isEmpty();
    assertThat(s.serial()).isZero();
    assertThat(s.lineage()).hasSize(36);
    assertThat(s.target()).isEqualTo(SANDBOX);
  }

  @Test
  void roundTripsAndKeepsLineage() {
    StateStore store = new StateStore(dir.resolve("acme.state.json"), SANDBOX);
    StateFile first = store.save(store.load().withResource(bundle("main", "B1")));
    StateFile read = store.load();
    assertThat(read).isEqualTo(first);
    assertThat(read.serial()).isEqualTo(1);
    StateFile second = store.save(read.withResource(bundle("widget", "B2")));
    assertThat(second.lineage()).isEqualTo(first.lineage());
    assertThat(second.serial()).isEqualTo(2);
    assertThat(store.load().resources())
        .extracting(r -> r.address().toString())
        .containsExactly("bundle_id.main", "bundle_id.widget");
  }

  @Test
  void serialBumpsOnlyOnChange() throws Exception {
    StateStore store = new StateStore(dir.resolve("acme.state.json"), SANDBOX);
    StateFile saved = store.save(store.load().withResource(bundle("main", "B1")));
    String before = Files.readString(store.path());
    StateFile again = store.save(store.load().withResource(bundle("main", "B1")));
    assertThat(again.serial()).isEqualTo(saved.serial());
    assertThat(Files.readString(store.path())).isEqualTo(before);
    assertThat(store.backupPath()).doesNotExist();
  }

  @Test
  void keepsThePreviousVersionAsBackup() throws Exception {
    StateStore store = new StateStore(dir.resolve("acme.state.json"), SANDBOX);
    store.save(store.load().withResource(bundle("main", "B1")));
    String v1 = Files.readString(store.path());
    store.save(store.load().withResource(bundle("widget", "B2")));
    assertThat(Files.readString(store.backupPath())).isEqualTo(v1);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("acme.state.json", "acme.state.json.backup");
    }
  }

  @Test
  void failedSaveLeavesThePreviousFileWholeAndNoTemporaryFiles() throws Exception {
    StateStore store = new StateStore(dir.resolve("acme.state.json"), SANDBOX);
    StateFile saved = store.save(store.load().withResource(bundle("main", "B1")));
    String v1 = Files.readString(store.path());
    StateFile withSecret =
        saved.withResource(
            StateResource.applied(
                Address.parse("user.x"),
                "U1",
                "x@acme.com",
                Map.of("note", "-----BEGIN PRIVATE KEY-----"),
                false));
    assertThatThrownBy(() -> store.save(withSecret))
        .isInstanceOf(SecretGuard.SecretLeakException.class);
    assertThat(Files.readString(store.path())).isEqualTo(v1);
    store.save(saved.withResource(bundle("widget", "B2")));
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void refusesAStateOfAnotherTarget() {
    Path file = dir.resolve("acme.state.json");
    new StateStore(file, SANDBOX).save(StateFile.empty(SANDBOX).withResource(bundle("a", "1")));
    assertThatThrownBy(() -> new StateStore(file, APPLE).load())
        .isInstanceOf(StateTargetMismatchException.class)
        .hasMessageContaining("belongs to http://127.0.0.1:41234 (issuer iss-1, account acme)")
        .hasMessageContaining("this run targets https://api.appstoreconnect.apple.com")
        .hasMessageContaining("--state");
    StateTarget otherAccount = new StateTarget(SANDBOX.apiUrl(), "iss-2", "other");
    assertThatThrownBy(() -> new StateStore(file, otherAccount).load())
        .isInstanceOf(StateTargetMismatchException.class);
  }

  @Test
  void sandboxOnAnotherPortIsTheSameTarget() {
    Path file = dir.resolve("acme.state.json");
    new StateStore(file, SANDBOX).save(StateFile.empty(SANDBOX).withResource(bundle("a", "1")));
    StateTarget laterRun = new StateTarget("http://127.0.0.1:50000/", "iss-1", "acme");
    assertThat(new StateStore(file, laterRun).load().resources()).hasSize(1);
  }

  @Test
  void refusesToOverwriteAStateWrittenMeanwhile() {
    StateStore store = new StateStore(dir.resolve("acme.state.json"), SANDBOX);
    StateFile loaded = store.save(store.load().withResource(bundle("a", "1")));
    store.save(loaded.withResource(bundle("b", "2")));
    assertThatThrownBy(() -> store.save(loaded.withResource(bundle("c", "3"))))
        .isInstanceOf(StateException.class)
        .hasMessageContaining("serial 1 -> 2");
  }

  @Test
  void refusesNewerFormatVersions() throws Exception {
    Path file = dir.resolve("acme.state.json");
    new StateStore(file, SANDBOX).save(StateFile.empty(SANDBOX));
    Files.writeString(
        file, Files.readString(file).replace("\"format_version\" : 1", "\"format_version\" : 2"));
    assertThatThrownBy(() -> new StateStore(file, SANDBOX).load())
        .isInstanceOf(StateFormatException.class)
        .hasMessageContaining("written by a newer ascform");
  }

  @Test
  void refusesAFileThatIsNotState() throws Exception {
    Path file = dir.resolve("acme.state.json");
    Files.writeString(file, "{\"hello\": 1}");
    assertThatThrownBy(() -> new StateStore(file, SANDBOX).load())
        .isInstanceOf(StateFormatException.class)
        .hasMessageContaining("not an ascform state");
  }

  @Test
  void writesTheDocumentedFieldNames() throws Exception {
    StateStore store = new StateStore(dir.resolve("acme.state.json"), SANDBOX);
    store.save(store.load().withResource(bundle("main", "B1")));
    assertThat(Files.readString(store.path()))
        .contains(
            "\"format_version\" : 1",
            "\"lineage\"",
            "\"serial\" : 1",
            "\"api_url\"",
            "\"issuer_id\"",
            "\"address\" : \"bundle_id.main\"",
            "\"apple_id\" : \"B1\"",
            "\"natural_key\" : \"com.acme.main\"",
            "\"digest\" : \"sha256:",
            "\"prevent_destroy\" : false");
  }
}
