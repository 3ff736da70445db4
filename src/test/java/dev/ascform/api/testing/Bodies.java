package dev.ascform.api.testing;

import java.util.ArrayList;
import java.util.List;

/** Apple-shaped JSON bodies for tests. */
public final class Bodies {
  private Bodies() {}

  public static String bundleId(String id, String identifier) {
    return "{\"type\":\"bundleIds\",\"id\":\""
        + id
        + "\",\"attributes\":{\"identifier\":\""
        + identifier
        + "\",\"name\":\"n "
        + id
        + "\",\"platform\":\"IOS\",\"seedId\":\"TEAM\",\"futureField\":{\"x\":1}},"
        + "\"links\":{\"self\":\"https://x/v1/bundleIds/"
        + id
        + "\"}}";
  }

  public static String device(String id, String udid) {
    return "{\"type\":\"devices\",\"id\":\""
        + id
        + "\",\"attributes\":{\"udid\":\""
        + udid
        + "\",\"name\":\"d"
        + id
        + "\",\"platform\":\"IOS\",\"status\":\"ENABLED\",\"deviceClass\":\"NEW_CLASS\"}}";
  }

  /** A collection page with optional next link. */
  public static String page(List<String> data, String next, Integer total) {
    return "{\"data\":["
        + String.join(",", data)
        + "],\"links\":{\"self\":\"self-"
        + data.hashCode()
        + "\""
        + (next == null ? "" : ",\"next\":\"" + next + "\"")
        + "},\"meta\":{\"paging\":{"
        + (total == null ? "" : "\"total\":" + total + ",")
        + "\"limit\":200}}}";
  }

  public static List<String> devices(int from, int to) {
    List<String> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      out.add(device("D" + i, String.format("%040x", i)));
    }
    return out;
  }

  public static String error(int status, String code, String pointer, String detail) {
    return "{\"errors\":[{\"id\":\"e1\",\"status\":\""
        + status
        + "\",\"code\":\""
        + code
        + "\",\"title\":\"t\",\"detail\":\""
        + detail
        + "\""
        + (pointer == null ? "" : ",\"source\":{\"pointer\":\"" + pointer + "\"}")
        + "}]}";
  }
}
