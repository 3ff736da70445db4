package dev.ascform.kinds;

import dev.ascform.secrets.KeyMaker;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lists inside a profile's {@code profileContent}: the property list (signed by Apple, or bare
 * from the sandbox) names every device UDID ({@code ProvisionedDevices}) and every certificate
 * ({@code DeveloperCertificates}), with no include cap.
 */
final class ProfilePlist {
  private static final Pattern WHITESPACE = Pattern.compile("\\s");

  private ProfilePlist() {}

  static String xml(String base64) {
    String all = new String(Base64.getDecoder().decode(base64), StandardCharsets.ISO_8859_1);
    int start = all.indexOf("<?xml");
    int end = all.indexOf("</plist>");
    return start < 0 || end < 0 ? "" : all.substring(start, end + 8);
  }

  /** The lower-case UDIDs under {@code ProvisionedDevices}. */
  static List<String> devices(String base64) {
    List<String> out = new ArrayList<>();
    for (String udid : elements(xml(base64), "ProvisionedDevices", "string")) {
      out.add(udid.trim().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** The serials of the certificates under {@code DeveloperCertificates}. */
  static List<String> certificateSerials(String base64) {
    List<String> out = new ArrayList<>();
    for (String der : elements(xml(base64), "DeveloperCertificates", "data")) {
      out.add(KeyMaker.serial(KeyMaker.certificate(WHITESPACE.matcher(der).replaceAll(""))));
    }
    return out;
  }

  /**
   * The text of every {@code <tag>…</tag>} in the {@code <array>} that follows {@code
   * <key>key</key>}. Plain index scanning: a development profile lists hundreds of devices, and a
   * plan reads hundreds of profiles.
   */
  private static List<String> elements(String xml, String key, String tag) {
    List<String> out = new ArrayList<>();
    int k = xml.indexOf("<key>" + key + "</key>");
    if (k < 0) {
      return out;
    }
    int from = xml.indexOf("<array>", k);
    int end = from < 0 ? -1 : xml.indexOf("</array>", from);
    if (end < 0) {
      return out;
    }
    String open = "<" + tag + ">";
    String close = "</" + tag + ">";
    int at = xml.indexOf(open, from);
    while (at >= 0 && at < end) {
      int stop = xml.indexOf(close, at);
      if (stop < 0 || stop > end) {
        break;
      }
      out.add(xml.substring(at + open.length(), stop));
      at = xml.indexOf(open, stop);
    }
    return out;
  }
}
