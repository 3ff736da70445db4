package dev.ascform.laws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ascform.api.AscClient;
import dev.ascform.api.auth.ApiCredentials;
import dev.ascform.api.auth.PrivateKeys;
import dev.ascform.api.resources.Requests;

/** Law 7: someone changes the account by hand between {@code plan -out} and {@code apply FILE}. */
final class Touch {
  private Touch() {}

  /**
   * Changes one resource the plan changes (renames a device or bundle ID, deletes a profile, or
   * registers a device or bundle ID the plan would create); returns its address, or null when the
   * plan changes nothing that can be touched this way.
   */
  static String onePlanned(Rig rig, JsonNode plan) {
    AscClient c = client(rig);
    for (JsonNode ch : plan.path("resource_changes")) {
      String actions = ch.path("actions").toString();
      if (actions.equals("[\"no-op\"]")) {
        continue;
      }
      String kind = ch.path("kind").asText();
      String id = ch.path("apple_id").isNull() ? null : ch.path("apple_id").asText();
      String key = ch.path("natural_key").asText();
      JsonNode after = ch.path("after");
      String address = ch.path("address").asText();
      if (kind.equals("device") && id != null) {
        c.devices().update(id, Requests.deviceUpdate(id, "Touched by hand", null));
        return address;
      }
      if (kind.equals("bundle_id") && id != null) {
        c.bundleIds().update(id, Requests.bundleIdUpdate(id, "Touched by hand"));
        return address;
      }
      if (kind.equals("profile") && id != null) {
        c.profiles().delete(id);
        return address;
      }
      if (kind.equals("device") && id == null && after.has("platform")) {
        // under the planned name: Apple's device class follows the hardware (the sandbox's
        // follows the name), and another class would make the fresh plan refuse the config
        // before staleness is even checked (found by the laws profile, try 131 of seed 2107)
        c.devices()
            .create(
                Requests.deviceCreate(
                    after.path("name").asText(), key, after.path("platform").asText()));
        return address;
      }
      if (kind.equals("bundle_id") && id == null && after.has("platform")) {
        c.bundleIds()
            .create(
                Requests.bundleIdCreate(
                    key, "Touched by hand", after.path("platform").asText(), null));
        return address;
      }
    }
    return null;
  }

  static AscClient client(Rig rig) {
    var key = rig.sb.teamKey();
    return AscClient.builder()
        .baseUrl(rig.sb.baseUrl())
        .credentials(
            new ApiCredentials(
                key.keyId(),
                key.issuerId(),
                PrivateKeys.parsePem(key.privateKeyPem(), "law"),
                "law"))
        .build();
  }
}
