package dev.ascform.sandbox.resources;

import dev.ascform.sandbox.http.ApiException;
import dev.ascform.sandbox.http.Handler;
import dev.ascform.sandbox.http.Request;
import dev.ascform.sandbox.http.Response;
import dev.ascform.sandbox.pki.SandboxCa;
import dev.ascform.sandbox.store.Account;
import dev.ascform.sandbox.store.Entity;
import dev.ascform.sandbox.store.Ids;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * certificates writes. A create needs a real PKCS#10 CSR (PEM or base64 DER, signature checked);
 * the sandbox CA issues an X.509 certificate for its public key, valid one year. At most {@value
 * #DISTRIBUTION_CAP} current distribution certificates; revoking (DELETE) turns every profile that
 * holds the certificate INVALID.
 */
public final class Certificates {
  /** Current (unexpired) distribution certificates allowed at once. */
  public static final int DISTRIBUTION_CAP = 3;

  static final Set<String> TYPES =
      Set.of(
          "APPLE_PAY",
          "APPLE_PAY_MERCHANT_IDENTITY",
          "APPLE_PAY_PSP_IDENTITY",
          "APPLE_PAY_RSA",
          "DEVELOPER_ID_KEXT",
          "DEVELOPER_ID_KEXT_G2",
          "DEVELOPER_ID_APPLICATION",
          "DEVELOPER_ID_APPLICATION_G2",
          "DEVELOPMENT",
          "DISTRIBUTION",
          "IDENTITY_ACCESS",
          "IOS_DEVELOPMENT",
          "IOS_DISTRIBUTION",
          "MAC_APP_DISTRIBUTION",
          "MAC_INSTALLER_DISTRIBUTION",
          "MAC_APP_DEVELOPMENT",
          "PASS_TYPE_ID",
          "PASS_TYPE_ID_WITH_NFC");
  static final Set<String> DISTRIBUTION = Set.of("DISTRIBUTION", "IOS_DISTRIBUTION");

  private final SandboxCa ca;

  private Certificates(SandboxCa ca) {
    this.ca = ca;
  }

  public static void register(Map<String, Handler> handlers, SandboxCa ca) {
    Certificates c = new Certificates(ca);
    handlers.put("certificates_createInstance", c::create);
    handlers.put("certificates_updateInstance", Certificates::update);
    handlers.put("certificates_deleteInstance", Certificates::revoke);
  }

  Response create(Request req) {
    Body body =
        Body.of(
            req,
            "certificates",
            Set.of("csrContent", "certificateType"),
            Set.of("merchantId", "passTypeId"));
    String type = body.enumValue("certificateType", TYPES, true);
    String csrContent = body.requireText("csrContent");
    PKCS10CertificationRequest csr;
    try {
      csr = SandboxCa.parseCsr(csrContent);
    } catch (IllegalArgumentException e) {
      throw ApiException.conflict(
          "ENTITY_ERROR.ATTRIBUTE.INVALID",
          "An attribute value is invalid.",
          "/data/attributes/csrContent",
          "Invalid CSR: " + e.getMessage());
    }
    Account account = req.account();
    Instant now = req.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    if (DISTRIBUTION.contains(type) && currentDistribution(account, now) >= DISTRIBUTION_CAP) {
      throw ApiException.conflict(
          "ENTITY_ERROR.ATTRIBUTE.INVALID",
          "There is a problem with the request entity",
          "/data/attributes/certificateType",
          "You already have a current Distribution certificate or a pending certificate request. ("
              + DISTRIBUTION_CAP
              + " at most)");
    }
    Entity e = issue(account, ca, csr, type, now);
    return Response.json(201, Documents.single(req, e));
  }

  /** Issues and stores a certificate (also used by seeds). */
  public static Entity issue(
      Account account, SandboxCa ca, PKCS10CertificationRequest csr, String type, Instant now) {
    String name = commonName(type) + ": " + account.team().name();
    SandboxCa.Issued issued =
        ca.issue(
            csr,
            name + " (" + account.team().teamId() + ")",
            account.team().teamId(),
            account.team().name(),
            now,
            now.plus(365, ChronoUnit.DAYS));
    Entity e = Entity.of("certificates", Ids.short10());
    e.attributes()
        .put("name", name)
        .put("certificateType", type)
        .put("displayName", account.team().name())
        .put("serialNumber", issued.serialNumber())
        .put("expirationDate", issued.notAfter().toString())
        .put("certificateContent", Base64.getEncoder().encodeToString(issued.der()))
        .put("activated", true);
    String platform = platform(type);
    if (platform != null) {
      e.attributes().put("platform", platform);
    }
    account.put(e);
    return e;
  }

  private static long currentDistribution(Account account, Instant now) {
    return account.all("certificates").stream()
        .filter(c -> DISTRIBUTION.contains(c.text("certificateType")))
        .filter(
            c ->
                c.text("expirationDate") == null
                    || Instant.parse(c.text("expirationDate")).isAfter(now))
        .count();
  }

  static Response update(Request req) {
    Entity e = Finder.require(req.account(), "certificates", req.id());
    Body body = Body.of(req, "certificates", Set.of("activated"), Set.of());
    if (body.attr("activated") != null) {
      e.attributes().put("activated", body.attr("activated").asBoolean());
    }
    return Response.json(200, Documents.single(req, e));
  }

  static Response revoke(Request req) {
    Account account = req.account();
    Entity e = Finder.require(account, "certificates", req.id());
    Profiles.invalidateForCertificate(account, e.id());
    account.remove("certificates", e.id());
    return Response.noContent();
  }

  private static String commonName(String type) {
    switch (type) {
      case "IOS_DEVELOPMENT":
        return "iPhone Developer";
      case "IOS_DISTRIBUTION":
        return "iPhone Distribution";
      case "DEVELOPMENT":
        return "Apple Development";
      case "DISTRIBUTION":
        return "Apple Distribution";
      case "MAC_APP_DEVELOPMENT":
        return "Mac Developer";
      case "MAC_APP_DISTRIBUTION":
        return "3rd Party Mac Developer Application";
      case "MAC_INSTALLER_DISTRIBUTION":
        return "3rd Party Mac Developer Installer";
      case "DEVELOPER_ID_APPLICATION":
      case "DEVELOPER_ID_APPLICATION_G2":
        return "Developer ID Application";
      default:
        return type.replace('_', ' ');
    }
  }

  private static String platform(String type) {
    if (type.startsWith("IOS_")) {
      return "IOS";
    }
    if (type.startsWith("MAC_") || type.startsWith("DEVELOPER_ID")) {
      return "MAC_OS";
    }
    return null;
  }
}
