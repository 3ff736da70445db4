package dev.ascform.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ascform.sandbox.store.Account;
import java.time.Clock;

/**
 * A routed, authenticated request.
 *
 * @param op the matched operation
 * @param id the {@code {id}} path segment, or null
 * @param query the validated query
 * @param body the parsed JSON body, or null
 * @param baseUrl e.g. {@code http://127.0.0.1:8080}
 * @param rawPath the request path
 * @param rawQuery the raw query string, or null
 * @param account the account (the caller holds its lock)
 * @param clock the sandbox clock
 */
public record Request(
    Operation op,
    String id,
    Query query,
    JsonNode body,
    String baseUrl,
    String rawPath,
    String rawQuery,
    Account account,
    Clock clock) {}
