package dev.ascform.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a handler answers: a status with a JSON document, raw bytes with a content type, or nothing
 * (204).
 */
public record Response(int status, JsonNode json, byte[] bytes, String contentType) {
  public static Response json(int status, JsonNode json) {
    return new Response(status, json, null, "application/json");
  }

  public static Response bytes(int status, byte[] bytes, String contentType) {
    return new Response(status, null, bytes, contentType);
  }

  public static Response noContent() {
    return new Response(204, null, null, null);
  }

  /** True when the request changed the account (used to persist and for lost-response faults). */
  public boolean isWriteSuccess(String method) {
    return !method.equals("GET") && status < 300;
  }
}
