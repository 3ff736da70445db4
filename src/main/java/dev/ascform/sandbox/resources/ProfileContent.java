package dev.ascform.sandbox.resources;

import dev.ascform.sandbox.store.Account;
import dev.ascform.sandbox.store.Entity;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The {@code profileContent} of a profile: base64 of a provisioning-profile property list with the
 * fields real {@code .mobileprovision} files carry (UUID, Name, TeamIdentifier, Entitlements,
 * ProvisionedDevices, DeveloperCertificates, ExpirationDate...). Unlike Apple's, the plist is not
 * wrapped in a CMS signature: tools that verify the signature will reject it.
 */
final class ProfileContent {
  private ProfileContent() {}

  static String render(Account account, Entity profile) {
    String teamId = account.team().teamId();
    Entity bundleId = account.find("bundleIds", profile.one("bundleId")).orElseThrow();
    String type = profile.text("profileType");
    StringBuilder p = new StringBuilder();
    p.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append(
            "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\""
                + " \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n")
        .append("<plist version=\"1.0\">\n<dict>\n");
    key(p, "AppIDName").append(string(bundleId.text("name")));
    key(p, "ApplicationIdentifierPrefix")
        .append("<array>")
        .append(string(teamId))
        .append("</array>\n");
    key(p, "CreationDate").append("<date>").append(profile.text("createdDate")).append("</date>\n");
    key(p, "Platform")
        .append("<array>")
        .append(
            string(type.startsWith("MAC_APP") ? "OSX" : type.startsWith("TVOS") ? "tvOS" : "iOS"))
        .append("</array>\n");
    key(p, "IsXcodeManaged").append("<false/>\n");
    key(p, "DeveloperCertificates").append("<array>\n");
    for (String id : profile.rel("certificates")) {
      account
          .find("certificates", id)
          .ifPresent(
              c -> p.append("  <data>").append(c.text("certificateContent")).append("</data>\n"));
    }
    p.append("</array>\n");
    entitlements(p, account, profile, bundleId, teamId);
    key(p, "ExpirationDate")
        .append("<date>")
        .append(profile.text("expirationDate"))
        .append("</date>\n");
    key(p, "Name").append(string(profile.text("name")));
    if (!profile.rel("devices").isEmpty()) {
      key(p, "ProvisionedDevices").append("<array>\n");
      for (String id : profile.rel("devices")) {
        account.find("devices", id).ifPresent(d -> p.append("  ").append(string(d.text("udid"))));
      }
      p.append("</array>\n");
    }
    if (type.endsWith("_INHOUSE")) {
      key(p, "ProvisionsAllDevices").append("<true/>\n");
    }
    key(p, "TeamIdentifier").append("<array>").append(string(teamId)).append("</array>\n");
    key(p, "TeamName").append(string(account.team().name()));
    key(p, "TimeToLive").append("<integer>365</integer>\n");
    key(p, "UUID").append(string(profile.text("uuid")));
    key(p, "Version").append("<integer>1</integer>\n");
    p.append("</dict>\n</plist>\n");
    return Base64.getEncoder().encodeToString(p.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void entitlements(
      StringBuilder p, Account account, Entity profile, Entity bundleId, String teamId) {
    boolean development = profile.text("profileType").endsWith("_DEVELOPMENT");
    key(p, "Entitlements").append("<dict>\n");
    key(p, "application-identifier").append(string(teamId + "." + bundleId.text("identifier")));
    key(p, "com.apple.developer.team-identifier").append(string(teamId));
    key(p, "get-task-allow").append(development ? "<true/>\n" : "<false/>\n");
    key(p, "keychain-access-groups")
        .append("<array>")
        .append(string(teamId + ".*"))
        .append("</array>\n");
    for (Entity cap : account.all("bundleIdCapabilities")) {
      if (bundleId.id().equals(cap.one("bundleId"))
          && "PUSH_NOTIFICATIONS".equals(cap.text("capabilityType"))) {
        key(p, "aps-environment").append(string(development ? "development" : "production"));
      }
    }
    p.append("</dict>\n");
  }

  private static StringBuilder key(StringBuilder p, String key) {
    return p.append("<key>").append(escape(key)).append("</key>");
  }

  private static String string(String value) {
    return "<string>" + escape(value == null ? "" : value) + "</string>\n";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
