package dev.ascform.kinds;

import dev.ascform.secrets.KeyMaker;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lists inside a profile's {@code profileContent}: the property list (signed by Apple, or
 * bare from the sandbox) names every device UDID ({@code ProvisionedDevices}) and every
 * certificate ({@code DeveloperCertificates}), with no include cap.
 */
final class ProfilePlist {
  private static final Pattern ARRAY = Pattern.compile("<array>(.*?)</array>", Pattern.DOTALL);
  private static final Pattern STRING = Pattern.compile("<string>(.*?)</string>");
  private static final Pattern DATA = Pattern.compile("<data>\\s*(.*?)\\s*</data>", Pattern.DOTALL);

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
    Matcher m = STRING.matcher(array(xml(base64), "ProvisionedDevices"));
    while (m.find()) {
      out.add(m.group(1).trim().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** The serials of the certificates under {@code DeveloperCertificates}. */
  static List<String> certificateSerials(String base64) {
    List<String> out = new ArrayList<>();
    Matcher m = DATA.matcher(array(xml(base64), "DeveloperCertificates"));
    while (m.find()) {
      out.add(KeyMaker.serial(KeyMaker.certificate(m.group(1).replaceAll("\\s", ""))));
    }
    return out;
  }

  private static String array(String xml, String key) {
    int k = xml.indexOf("<key>" + key + "</key>");
    if (k < 0) {
      return "";
    }
    Matcher m = ARRAY.matcher(xml);
    return m.find(k) ? m.group(1) : "";
  }
}
