package dev.ascform.sandbox.http;

/** Answers one operation. Runs while the caller holds the account lock. */
@FunctionalInterface
public interface Handler {
  Response handle(Request request);
}
