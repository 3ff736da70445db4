package dev.ascform.secrets;

import dev.ascform.io.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * The encrypted store of the private keys ascform generates: a directory holding, per certificate,
 * {@code <key>.p12} (PKCS#12 with the private key and its certificate, protected by the passphrase)
 * and {@code <key>.cer} (the public certificate, DER, readable without the passphrase so that
 * planning knows the serial). Nothing else ever holds a key.
 */
public final class SecretStore {
  /** Alias of the key entry inside every {@code .p12}. */
  public static final String ALIAS = "ascform";

  private final Path dir;
  private final Passphrase passphrase;

  /**
   * @param dir the directory (created on first write)
   * @param passphrase the passphrase, or null when none is known (reads of {@code .cer} only)
   */
  public SecretStore(Path dir, Passphrase passphrase) {
    this.dir = dir;
    this.passphrase = passphrase;
  }

  /**
   * The store of code that runs without a run's store (tests, reads needing none): {@code
   * ./secrets}, without a passphrase, so it can read serials but never write a key.
   */
  public static SecretStore unconfigured() {
    return new SecretStore(Path.of("secrets"), null);
  }

  public Path dir() {
    return dir;
  }

  /** Whether a passphrase is known: keys can be written and read. */
  public boolean canWrite() {
    return passphrase != null;
  }

  /**
   * Refuses early, before any write to Apple, when keys cannot be stored.
   *
   * @throws SecretsException naming {@code ASCFORM_SECRETS_PASSPHRASE}
   */
  public void requireWritable(String why) {
    if (passphrase == null) {
      throw new SecretsException(
          why
              + ": set ASCFORM_SECRETS_PASSPHRASE to the passphrase that"
              + " protects the private keys in "
              + dir
              + " (nothing was changed)");
    }
  }

  /** The public certificate stored for a config key, if any (no passphrase needed). */
  public Optional<X509Certificate> certificate(String key) {
    Path cer = dir.resolve(key + ".cer");
    if (!Files.exists(cer)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(cer)) {
      return Optional.of(
          (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new SecretsException(cer + " is not a certificate: " + e.getMessage());
    }
  }

  /** The {@code .p12} path of a config key. */
  public Path p12(String key) {
    return dir.resolve(key + ".p12");
  }

  /** The {@code .cer} path of a config key. */
  public Path cer(String key) {
    return dir.resolve(key + ".cer");
  }

  /** Stores key and certificate for a config key, atomically per file. */
  public void put(String key, PrivateKey privateKey, X509Certificate cert) {
    requireWritable("cannot store the private key of certificate " + key);
    try {
      writeP12(p12(key), privateKey, cert);
      AtomicFile.ownerOnly(cer(key)).write(cert.getEncoded());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new SecretsException("cannot write " + p12(key) + ": " + e.getMessage());
    }
  }

  /** Where a key pair waits while Apple has not answered its certificate request. */
  public Path pendingP12(String key) {
    return dir.resolve(key + ".pending.p12");
  }

  /**
   * Keeps a new key pair, encrypted, BEFORE its certificate request is sent: if the process dies
   * after Apple issued the certificate but before {@link #put}, the next apply finds the
   * certificate by this key's public key instead of requesting another one.
   */
  public void putPending(String key, java.security.KeyPair pair) {
    requireWritable("cannot store the private key of certificate " + key);
    try {
      writeP12(pendingP12(key), pair.getPrivate(), KeyMaker.placeholder(pair));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new SecretsException("cannot write " + pendingP12(key) + ": " + e.getMessage());
    }
  }

  /** The key pair left waiting for this config key by an interrupted create, if any. */
  public Optional<java.security.KeyPair> pending(String key) {
    Path p = pendingP12(key);
    if (!Files.exists(p)) {
      return Optional.empty();
    }
    requireWritable("cannot open the pending private key of certificate " + key);
    try (InputStream in = Files.newInputStream(p)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, passphrase.chars());
      PrivateKey k = (PrivateKey) ks.getKey(ALIAS, passphrase.chars());
      return Optional.of(new java.security.KeyPair(ks.getCertificate(ALIAS).getPublicKey(), k));
    } catch (IOException | GeneralSecurityException e) {
      throw new SecretsException(
          "cannot open "
              + p
              + ": wrong ASCFORM_SECRETS_PASSPHRASE or a"
              + " damaged file ("
              + e.getMessage()
              + ")");
    }
  }

  /** Forgets the waiting key pair once its certificate is stored with {@link #put}. */
  public void clearPending(String key) {
    try {
      Files.deleteIfExists(pendingP12(key));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeP12(Path target, PrivateKey privateKey, X509Certificate cert)
      throws IOException, GeneralSecurityException {
    Files.createDirectories(dir);
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setKeyEntry(ALIAS, privateKey, passphrase.chars(), new X509Certificate[] {cert});
    AtomicFile.ownerOnly(target).write(out -> ks.store(out, passphrase.chars()));
  }

  /** Opens a stored {@code .p12} with the passphrase (a wrong passphrase is a clear error). */
  public KeyStore open(String key) {
    requireWritable("cannot open the private key of certificate " + key);
    Path p = p12(key);
    if (!Files.exists(p)) {
      throw new SecretsException(
          "no private key for certificate "
              + key
              + " in "
              + dir
              + " (ascform creates keys only for `manage: create` certificates)");
    }
    try (InputStream in = Files.newInputStream(p)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, passphrase.chars());
      return ks;
    } catch (IOException e) {
      throw new SecretsException(
          "cannot open "
              + p
              + ": wrong ASCFORM_SECRETS_PASSPHRASE or a"
              + " damaged file ("
              + e.getMessage()
              + ")");
    } catch (GeneralSecurityException e) {
      throw new SecretsException("cannot open " + p + ": " + e.getMessage());
    }
  }

  @Override
  public String toString() {
    return "SecretStore[" + dir + "]";
  }
}
