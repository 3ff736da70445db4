package dev.ascform.sandbox.store;

/**
 * An API key registered with the sandbox: only the public half is stored.
 *
 * @param keyId the 10-character key id (JWT {@code kid})
 * @param issuerId the issuer UUID (JWT {@code iss})
 * @param publicKey base64 of the X.509 SubjectPublicKeyInfo of the P-256 public key
 */
public record ApiKeyRecord(String keyId, String issuerId, String publicKey) {}
