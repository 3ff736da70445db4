package dev.ascform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ascform.diag.ConfigException;
import dev.ascform.diag.Diagnostic;
import dev.ascform.model.DesiredState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  static final String ACCOUNT = "account:\n  name: t\n";
  static final String PHONE =
      "devices:\n"
          + "  phone:\n"
          + "    name: Phone\n"
          + "    udid: 00008110-000C1D2E3F405162\n"
          + "    platform: IOS\n";

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  DesiredState load(Path p, Map<String, String> env) throws ConfigException {
    return new ConfigLoader(env).load(p).state();
  }

  @Test
  void loadsASingleFile() throws Exception {
    Path f = write("ascform.yaml", ACCOUNT + PHONE);
    DesiredState s = load(f, Map.of());
    assertThat(s.devices()).containsOnlyKeys("phone");
    assertThat(s.files()).containsExactly(f);
  }

  @Test
  void mergesSectionsSpreadOverFilesInNameOrder() throws Exception {
    write(
        "b.yaml",
        "devices:\n"
            + "  tablet:\n"
            + "    name: Tablet\n"
            + "    udid: 00008101-00A1B2C3D4E5F607\n"
            + "    platform: IOS\n");
    write("a.yml", ACCOUNT + PHONE);
    write("notes.txt", "not config");
    write("sub/c.yaml", "this: is ignored");
    DesiredState s = load(dir, Map.of());
    assertThat(s.devices()).containsOnlyKeys("phone", "tablet");
    assertThat(s.files())
        .extracting(p -> p.getFileName().toString())
        .containsExactly("a.yml", "b.yaml");
    assertThat(s.devices().get("tablet").pos().file().getFileName().toString()).isEqualTo("b.yaml");
  }

  @Test
  void anEmptySectionInOneFileDoesNotClashWithAnother() throws Exception {
    write("a.yaml", ACCOUNT + "devices:\n");
    write("b.yaml", PHONE);
    assertThat(load(dir, Map.of()).devices()).containsOnlyKeys("phone");
  }

  @Test
  void missingPathIsAClearError() {
    ConfigException e =
        catchThrowableOfType(ConfigException.class, () -> load(dir.resolve("nope"), Map.of()));
    assertThat(e.getMessage()).contains("no config at").contains("nope");
  }

  @Test
  void directoryWithoutYamlIsAClearError() throws Exception {
    write("readme.md", "#");
    assertThatThrownBy(() -> load(dir, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("no *.yaml or *.yml files");
  }

  @Test
  void defaultPathPrefersAscformYamlThenTheAscformDirectory() throws Exception {
    assertThat(ConfigFiles.defaultPath(dir)).isEqualTo(dir.resolve("ascform"));
    write("ascform.yaml", ACCOUNT);
    assertThat(ConfigFiles.defaultPath(dir)).isEqualTo(dir.resolve("ascform.yaml"));
  }

  @Test
  void expandsEnvironmentVariablesFromTheInjectedMap() throws Exception {
    Path f =
        write(
            "c.yaml",
            "account:\n  name: ${ACCOUNT}\n"
                + PHONE.replace("name: Phone", "name: \"$${literal} ${OWNER}'s phone\""));
    DesiredState s = load(f, Map.of("ACCOUNT", "acme", "OWNER", "Ann"));
    assertThat(s.account().name()).isEqualTo("acme");
    assertThat(s.devices().get("phone").name()).isEqualTo("${literal} Ann's phone");
  }

  @Test
  void refusesAPemBlockThatArrivesThroughAnEnvironmentVariable() throws Exception {
    Path f = write("c.yaml", ACCOUNT + PHONE.replace("name: Phone", "name: ${KEY}"));
    ConfigException e =
        catchThrowableOfType(
            ConfigException.class,
            () ->
                load(
                    f,
                    Map.of(
                        "KEY", "-----BEGIN PRIVATE KEY-----\nMIG...\n-----END PRIVATE KEY-----")));
    assertThat(e.errors())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.summary()).contains("PEM block").doesNotContain("MIG");
              assertThat(d.pos().orElseThrow().line()).isEqualTo(5);
            });
  }

  @Test
  void readsScalarsTheYaml12Way() throws Exception {
    Path f =
        write(
            "c.yaml",
            ACCOUNT
                + PHONE.replace("name: Phone", "name: no")
                + "apps:\n"
                + "  a:\n"
                + "    bundle_id: com.acme.a\n"
                + "beta_groups:\n"
                + "  g:\n"
                + "    app: a\n"
                + "    name: on\n"
                + "    builds:\n"
                + "      - {version: 1.10, build: 42}\n");
    DesiredState s = load(f, Map.of());
    assertThat(s.devices().get("phone").name()).isEqualTo("no");
    assertThat(s.betaGroups().get("g").name()).isEqualTo("on");
    assertThat(s.betaGroups().get("g").builds())
        .hasToString("Listed[builds=[BuildRef[version=1.10, build=42]]]");
  }

  @Test
  void unknownCapabilityTypeIsAWarningWithASuggestion() throws Exception {
    Path f =
        write(
            "c.yaml",
            ACCOUNT
                + "bundle_ids:\n"
                + "  main:\n"
                + "    identifier: com.acme.app\n"
                + "    name: Main\n"
                + "    platform: IOS\n"
                + "    capabilities:\n"
                + "      PUSH_NOTIFICATION: {}\n"
                + "      APP_ATTEST: {}\n");
    LoadedConfig c = new ConfigLoader(Map.of()).load(f);
    assertThat(c.state().bundleIds().get("main").capabilities())
        .containsOnlyKeys("APP_ATTEST", "PUSH_NOTIFICATION");
    assertThat(c.warnings())
        .extracting(Diagnostic::summary)
        .hasSize(2)
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("'PUSH_NOTIFICATION'")
                    .contains("did you mean 'PUSH_NOTIFICATIONS'?"));
    assertThat(c.warnings().get(0).pos().orElseThrow().line()).isEqualTo(9);
  }

  /**
   * Law finding (issue #21): a profile naming a device the config disables passed validate and
   * plan, then every apply failed with Apple's 409. It is refused where it is written.
   */
  @Test
  void aDisabledDeviceNamedInAProfileIsAnErrorAtItsPosition() throws Exception {
    Path f =
        write(
            "c.yaml",
            ACCOUNT
                + PHONE
                + "    status: DISABLED\n"
                + "bundle_ids:\n"
                + "  main:\n"
                + "    identifier: com.acme.app\n"
                + "    name: Main\n"
                + "    platform: IOS\n"
                + "certificates:\n"
                + "  dev:\n"
                + "    type: DEVELOPMENT\n"
                + "profiles:\n"
                + "  p:\n"
                + "    name: P\n"
                + "    type: IOS_APP_DEVELOPMENT\n"
                + "    bundle_id: main\n"
                + "    certificates: [dev]\n"
                + "    devices: [phone]\n");
    assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(f))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.diagnostics())
                    .singleElement()
                    .satisfies(
                        d -> {
                          assertThat(d.summary())
                              .contains(
                                  "profiles.p.devices: 'phone' is DISABLED",
                                  "Apple refuses a profile that names a disabled device (409)");
                          assertThat(d.pos().orElseThrow().line()).isEqualTo(23);
                        }));
  }

  @Test
  void credentialPathsResolveAgainstTheDeclaringFile() throws Exception {
    write(
        "conf/account.yaml",
        "account:\n"
            + "  name: t\n"
            + "  credentials:\n"
            + "    key_id: ABC123DEFG\n"
            + "    issuer_id: 69a6de70-03db-47e3-e053-5b8c7c11a4d1\n"
            + "    private_key_path: keys/AuthKey.p8\n"
            + "    api_key_json: /etc/asc.json\n");
    DesiredState s = load(dir.resolve("conf"), Map.of());
    var refs = s.account().credentials();
    assertThat(refs.privateKeyPath())
        .contains(dir.resolve("conf/keys/AuthKey.p8").toAbsolutePath().normalize());
    assertThat(refs.apiKeyJson()).contains(Path.of("/etc/asc.json"));
    assertThat(refs.keyId()).contains("ABC123DEFG");
    assertThat(refs.isEmpty()).isFalse();
  }

  @Test
  void reportsEveryErrorSortedByFileLineAndColumn() throws Exception {
    write("b.yaml", PHONE.replace("IOS", "IPHONE"));
    write("a.yaml", ACCOUNT + "apps:\n  x:\n    bundle_id: com..acme\n    nmae: X\n");
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> load(dir, Map.of()));
    List<String> lines = e.errors().stream().map(d -> d.render(dir)).toList();
    assertThat(lines)
        .containsExactly(
            "a.yaml:6:5: unknown key 'nmae' in apps.x (did you mean 'name'?)",
            "b.yaml:5:15: devices.phone.platform: 'IPHONE' is not one of IOS, MAC_OS, UNIVERSAL");
    assertThat(e.getMessage()).isEqualTo("2 errors in the configuration");
  }

  @Test
  void checksResourcesWithoutSchemaErrorsEvenWhenOthersHaveThem() throws Exception {
    write(
        "a.yaml",
        ACCOUNT
            + "apps:\n  x:\n    bundle_id: com..acme\n  y:\n    bundle_id: ok.app\n    extra: 1\n");
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> load(dir, Map.of()));
    assertThat(e.errors())
        .extracting(Diagnostic::summary)
        .containsExactly(
            "apps.x.bundle_id: 'com..acme' is not a bundle identifier: use letters, digits, '-' and"
                + " '.' in reverse-DNS form (com.acme.app)",
            "unknown key 'extra' in apps.y");
  }

  @Test
  void anInternalGroupTesterWhoIsNotADeclaredUserIsAWarning() throws Exception {
    Path f =
        write(
            "c.yaml",
            ACCOUNT
                + "apps:\n"
                + "  a:\n"
                + "    bundle_id: com.acme.a\n"
                + "users:\n"
                + "  u:\n"
                + "    email: u@acme.example\n"
                + "    first_name: U\n"
                + "    last_name: U\n"
                + "    roles: [DEVELOPER]\n"
                + "beta_groups:\n"
                + "  team:\n"
                + "    app: a\n"
                + "    name: Team\n"
                + "    internal: true\n"
                + "    testers:\n"
                + "      - email: U@acme.example\n"
                + "      - email: stranger@example.com\n");
    LoadedConfig c = new ConfigLoader(Map.of()).load(f);
    assertThat(c.warnings())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.summary()).contains("'stranger@example.com' is not a declared user");
              assertThat(d.pos().orElseThrow().line()).isEqualTo(19);
            });
  }

  @Test
  void warningsTravelWithErrors() throws Exception {
    write(
        "a.yaml",
        ACCOUNT
            + "bundle_ids:\n"
            + "  main:\n"
            + "    identifier: com.acme.app\n"
            + "    name: Main\n"
            + "    platform: IOS\n"
            + "    capabilities:\n"
            + "      FOO_BAR: {}\n"
            + "apps:\n"
            + "  bad:\n"
            + "    bundle_id: com.acme.*\n");
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> load(dir, Map.of()));
    assertThat(e.diagnostics()).hasSize(2);
    assertThat(e.errors()).hasSize(1);
  }
}
