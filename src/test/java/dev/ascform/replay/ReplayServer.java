package dev.ascform.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Serves App Store Connect response documents as the API on 127.0.0.1: the project's corpus of
 * documents reconstructing captured forms (src/test/resources/apple-captures), or real captures in
 * a directory laid out the same way. One scenario of {@code replay.json} maps method and path to a
 * document. Any bearer token whose header says ES256 is accepted (there is no key to check it
 * against). Absolute links (api.appstoreconnect.apple.com, the portal's services-account, iris) are
 * rewritten to this server, as a recording proxy would; nothing else in a document changes.
 * Requests no route answers get Apple's 404 and are recorded in {@link #unanswered()}.
 */
public final class ReplayServer implements AutoCloseable {
  static final String ROOT = "/apple-captures/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> APPLE_PREFIXES =
      List.of(
          "https://api.appstoreconnect.apple.com",
              "https://developer.apple.com:443/services-account",
          "https://developer.apple.com/services-account", "https://appstoreconnect.apple.com/iris");

  /**
   * Where documents and replay.json are read: the project's corpus on the class path
   * (src/test/resources/apple-captures), or a directory laid out the same way (real captures kept
   * outside the repository: ASCFORM_CAPTURES_DIR).
   */
  public record Corpus(java.nio.file.Path dir) {
    public static final Corpus PROJECT = new Corpus(null);

    public byte[] bytes(String file) {
      try {
        if (dir != null) {
          return java.nio.file.Files.readAllBytes(dir.resolve(file));
        }
        try (InputStream in = ReplayServer.class.getResourceAsStream(ROOT + file)) {
          if (in == null) {
            throw new IllegalArgumentException("no document " + file);
          }
          return in.readAllBytes();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public JsonNode read(String file) {
      try {
        return JSON.readTree(bytes(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public JsonNode scenario(String name) {
      return read("replay.json").path("scenarios").path(name);
    }

    public List<String> scenarios() {
      List<String> names = new ArrayList<>();
      read("replay.json").path("scenarios").fieldNames().forEachRemaining(names::add);
      return names;
    }

    /** The resources a route entry serves: a file, or "file#without=ID,ID" (those left out). */
    public List<JsonNode> served(String entry) {
      int hash = entry.indexOf("#without=");
      String file = hash < 0 ? entry : entry.substring(0, hash);
      List<String> without =
          hash < 0 ? List.of() : List.of(entry.substring(hash + "#without=".length()).split(","));
      List<JsonNode> out = new ArrayList<>();
      for (JsonNode r : resources(read(file))) {
        if (!without.contains(r.path("id").asText())) {
          out.add(r);
        }
      }
      return out;
    }
  }

  private final Corpus corpus;
  private final HttpServer server;
  private final Map<String, JsonNode> routes;
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private final List<String> unanswered = Collections.synchronizedList(new ArrayList<>());

  private ReplayServer(Corpus corpus, Map<String, JsonNode> routes) throws IOException {
    this.corpus = corpus;
    this.routes = routes;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a server answering with the named scenario of replay.json. */
  public static ReplayServer start(String scenario) {
    return start(Corpus.PROJECT, scenario);
  }

  /** Starts a server answering with the named scenario of the corpus's replay.json. */
  public static ReplayServer start(Corpus corpus, String scenario) {
    JsonNode sc = corpus.scenario(scenario);
    if (sc.isMissingNode()) {
      throw new IllegalArgumentException("no replay scenario " + scenario);
    }
    Map<String, JsonNode> routes = new LinkedHashMap<>();
    sc.path("routes").fields().forEachRemaining(e -> routes.put(e.getKey(), e.getValue()));
    try {
      return new ReplayServer(corpus, routes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The scenario names in replay.json. */
  public static List<String> scenarios() {
    return Corpus.PROJECT.scenarios();
  }

  /** The capture files a scenario serves (relative to apple-captures/). */
  public static List<String> files(String scenario) {
    List<String> files = new ArrayList<>();
    Corpus.PROJECT
        .scenario(scenario)
        .path("routes")
        .forEach(
            v -> {
              if (v.isTextual()) {
                files.add(v.asText());
              } else if (v.isArray()) {
                v.forEach(f -> files.add(f.asText()));
              }
            });
    return files;
  }

  /** The resources a route entry of the project's corpus serves. */
  public static List<JsonNode> served(String entry) {
    return Corpus.PROJECT.served(entry);
  }

  /** The scenario's manifest entry. */
  public static JsonNode scenario(String name) {
    return Corpus.PROJECT.scenario(name);
  }

  /** A document of the project's corpus, parsed. */
  public static JsonNode read(String file) {
    return Corpus.PROJECT.read(file);
  }

  /** The resources a capture holds: a document's data (one or a list), or a bare resource. */
  public static List<JsonNode> resources(JsonNode capture) {
    JsonNode data = capture.has("data") ? capture.get("data") : capture;
    List<JsonNode> out = new ArrayList<>();
    if (data.isArray()) {
      data.forEach(out::add);
    } else if (data.isObject()) {
      out.add(data);
    }
    return out;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Every request answered or not, as "METHOD path?query". */
  public List<String> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** Requests no route answered. */
  public List<String> unanswered() {
    synchronized (unanswered) {
      return List.copyOf(unanswered);
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getRawPath();
      String query = ex.getRequestURI().getRawQuery();
      String line = ex.getRequestMethod() + " " + path + (query == null ? "" : "?" + query);
      requests.add(line);
      if (!es256(ex.getRequestHeaders().getFirst("Authorization"))) {
        send(
            ex,
            401,
            error(
                "401",
                "NOT_AUTHORIZED",
                "Authentication credentials are missing or invalid.",
                "Provide a properly configured and signed bearer token, and make sure that it has"
                    + " not expired."));
        return;
      }
      JsonNode route = routes.get(ex.getRequestMethod() + " " + path);
      boolean cursor = query != null && query.matches("(^|.*&)cursor=.*");
      if (route == null || cursor) {
        unanswered.add(line);
        send(
            ex,
            404,
            error(
                "404",
                "NOT_FOUND",
                "The specified resource does not exist",
                "The path provided does not match a defined resource type."));
        return;
      }
      String body;
      if (route.has("none")) {
        ObjectNode doc = JSON.createObjectNode().putNull("data");
        doc.putObject("links").put("self", "https://api.appstoreconnect.apple.com" + path);
        body = JSON.writeValueAsString(doc);
      } else if (route.isObject()) {
        body = JSON.writeValueAsString(collection(JSON.createArrayNode(), path));
      } else if (route.isTextual()) {
        body = new String(corpus.bytes(route.asText()), StandardCharsets.UTF_8);
      } else {
        body = JSON.writeValueAsString(collection(route, path));
      }
      send(ex, 200, rewrite(body));
    }
  }

  private ObjectNode collection(JsonNode files, String path) {
    ObjectNode doc = JSON.createObjectNode();
    ArrayNode data = doc.putArray("data");
    ArrayNode included = JSON.createArrayNode();
    for (JsonNode f : files) {
      corpus.served(f.asText()).forEach(data::add);
      String file = f.asText().replaceFirst("#.*", "");
      corpus.read(file).path("included").forEach(included::add);
    }
    if (!included.isEmpty()) {
      doc.set("included", included);
    }
    doc.putObject("links").put("self", "https://api.appstoreconnect.apple.com" + path);
    doc.putObject("meta").putObject("paging").put("total", data.size()).put("limit", 200);
    return doc;
  }

  private String rewrite(String body) {
    for (String prefix : APPLE_PREFIXES) {
      body = body.replace(prefix, baseUrl());
    }
    return body;
  }

  private static boolean es256(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return false;
    }
    String[] parts = authorization.substring(7).split("\\.");
    if (parts.length != 3) {
      return false;
    }
    try {
      JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
      return "ES256".equals(header.path("alg").asText()) && !parts[2].isEmpty();
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  private static String error(String status, String code, String title, String detail) {
    ObjectNode root = JSON.createObjectNode();
    root.putArray("errors")
        .addObject()
        .put("id", UUID.randomUUID().toString())
        .put("status", status)
        .put("code", code)
        .put("title", title)
        .put("detail", detail);
    return root.toString();
  }

  private static void send(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
