package dev.ascform.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;

/**
 * Writes what a CI keychain imports: {@code NAME.p12} (private key and certificate, protected by
 * the store's passphrase; checked to open first) and {@code NAME.cer} (DER certificate).
 */
public final class CertificateExport {
  private CertificateExport() {}

  public static List<Path> write(SecretStore store, String key, Path dir) {
    KeyStore ks = store.open(key);
    try {
      if (!ks.isKeyEntry(SecretStore.ALIAS) || ks.getCertificate(SecretStore.ALIAS) == null) {
        throw new SecretsException(store.p12(key) + " holds no key and certificate");
      }
      Files.createDirectories(dir);
      Path p12 = dir.resolve(key + ".p12");
      Path cer = dir.resolve(key + ".cer");
      Files.copy(store.p12(key), p12, StandardCopyOption.REPLACE_EXISTING);
      Files.write(cer, ks.getCertificate(SecretStore.ALIAS).getEncoded());
      return List.of(p12, cer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + dir, e);
    } catch (GeneralSecurityException e) {
      throw new SecretsException("cannot read " + store.p12(key) + ": " + e.getMessage());
    }
  }
}
