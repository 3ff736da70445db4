/**
 * The App Store Connect API client.
 *
 * <p>Build one from credentials and a base URL:
 *
 * <pre>{@code
 * Map<String, String> env = System.getenv();
 * ApiCredentials creds = new CredentialResolver(env, System.err::println)
 *     .resolve(flags, accountRefs);                 // flags, ASC_*, fastlane env, --api-key-json, config
 * AscClient client = AscClient.builder()
 *     .baseUrl(BaseUrl.resolve(apiUrlFlag, env))    // --api-url, ASC_API_URL, Apple
 *     .credentials(creds)
 *     .build();                                     // clock, sleeper, random, debugSink are injectable
 * PagedResult devices = client.pager().all(() -> client.devices().list(null, null, "ENABLED"));
 * Optional<Resource> app = client.lookups().findBundleIdByIdentifier("com.acme.app");
 * RequestStats.Snapshot stats = client.stats().snapshot();
 * }</pre>
 *
 * <p>Failures are {@link dev.ascform.api.http.AscApiException}s: {@link
 * dev.ascform.api.http.AppleApiException} (an HTTP error status, with Apple's errors; decide on its
 * {@link dev.ascform.api.http.ErrorStatus} class, never on the number), {@link
 * dev.ascform.api.http.ApiTransportException} (no response) and {@link
 * dev.ascform.api.http.PagingException}; credential problems are {@link
 * dev.ascform.api.auth.CredentialsException}. Reads are retried; writes never are, except once
 * after a 401 {@code NOT_AUTHORIZED} (Apple did not process the request): re-read after a failed
 * write before deciding.
 */
package dev.ascform.api;
