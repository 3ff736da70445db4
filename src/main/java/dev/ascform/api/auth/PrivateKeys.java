package dev.ascform.api.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;
import java.util.function.Consumer;

/** Loads Apple {@code .p8} keys (PKCS#8, EC P-256). Errors never include key material. */
public final class PrivateKeys {
  private static final String PKCS8 = "-----BEGIN PRIVATE KEY-----";
  private static final String SEC1 = "-----BEGIN EC PRIVATE KEY-----";

  private PrivateKeys() {}

  /** Reads a key file; warns via {@code warnings} when group or others may read it. */
  public static ECPrivateKey readFile(Path file, Consumer<String> warnings) {
    if (!Files.isRegularFile(file)) {
      throw new CredentialsException("private key file " + file + " does not exist");
    }
    warnIfShared(file, warnings);
    try {
      return parsePem(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new CredentialsException(
          "cannot read private key file " + file + ": " + e.getMessage(), e);
    }
  }

  private static void warnIfShared(Path file, Consumer<String> warnings) {
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
      if (perms.contains(PosixFilePermission.GROUP_READ)
          || perms.contains(PosixFilePermission.OTHERS_READ)) {
        warnings.accept(
            "warning: private key file "
                + file
                + " is readable by group or others; restrict it with: chmod 600 "
                + file);
      }
    } catch (UnsupportedOperationException | IOException notPosix) {
      // no POSIX permissions on this file system: nothing to check
    }
  }

  /**
   * Parses a PEM {@code .p8} key ({@code origin} names it in errors). A SEC1 key ({@code BEGIN EC
   * PRIVATE KEY}) is refused with the {@code openssl} command that converts it.
   */
  public static ECPrivateKey parsePem(String pem, String origin) {
    String text = pem.trim();
    if (text.contains(SEC1)) {
      throw new CredentialsException(
          "the private key in "
              + origin
              + " is in SEC1 form (BEGIN EC PRIVATE KEY); App Store Connect keys are PKCS#8."
              + " Convert it with: openssl pkcs8 -topk8 -nocrypt -in old.pem -out AuthKey.p8");
    }
    if (!text.contains(PKCS8)) {
      throw new CredentialsException(
          "the private key in "
              + origin
              + " is not a PEM PKCS#8 key (expected a line -----BEGIN PRIVATE KEY-----, as in"
              + " Apple's AuthKey_XXXXXXXXXX.p8)");
    }
    String body =
        text.substring(text.indexOf(PKCS8) + PKCS8.length())
            .replace("-----END PRIVATE KEY-----", "")
            .replaceAll("\\s", "");
    try {
      PrivateKey key =
          KeyFactory.getInstance("EC")
              .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
      return (ECPrivateKey) key;
    } catch (IllegalArgumentException | GeneralSecurityException | ClassCastException e) {
      throw new CredentialsException(
          "the private key in " + origin + " is not a valid EC P-256 PKCS#8 key", e);
    }
  }
}
