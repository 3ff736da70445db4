package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.api.AscClient;
import dev.ascform.kinds.CapabilityKind;
import dev.ascform.kinds.WriteContext;
import dev.ascform.plan.Address;
import dev.ascform.secrets.SecretStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by law 6 (issue #21, 2,000-case run): with prune on for bundle IDs and capabilities, a
 * pruned App ID and one of its capabilities are deleted side by side; the capability's check found
 * the App ID, then its capability list answered 404 because the App ID was gone by then, and apply
 * failed. A capability whose App ID is gone is gone too (Apple deletes them with it).
 */
class CapabilityOfDeletedBundleTest {
  @TempDir Path tmp;
  private ProxiedAcme acme;

  @BeforeEach
  void start() throws Exception {
    acme = new ProxiedAcme(tmp);
  }

  @AfterEach
  void stop() {
    acme.close();
  }

  @Test
  void aCapabilityWhoseBundleIdVanishesMeanwhileIsAbsentNotAnError() {
    // the App ID is still listed, but its capabilities answer as for a deleted one
    acme.proxy.always(
        new FaultProxy.Rewrite(
            "GET",
            "/v1/bundleIds/[^/]+/bundleIdCapabilities",
            404,
            "application/json",
            body ->
                "{\"errors\":[{\"status\":\"404\",\"code\":\"NOT_FOUND\",\"title\":\"The specified"
                    + " resource does not exist\",\"detail\":\"There is no resource of type"
                    + " 'bundleIds' with id 'GONE'\"}]}"));
    AscClient client = acme.client();
    WriteContext ctx =
        new WriteContext() {
          @Override
          public AscClient client() {
            return client;
          }

          @Override
          public String appleIdOf(Address dependency) {
            throw new IllegalStateException("not needed");
          }

          @Override
          public SecretStore secrets() {
            return SecretStore.unconfigured();
          }
        };
    assertThat(new CapabilityKind().reread(ctx, "CAPID", "com.acme.notes/ICLOUD")).isEmpty();
  }
}
