package dev.ascform.reports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Streams a decompressed report (UTF-8, tab-separated, first line the header) into a {@link
 * ReportFormat}. TSV is copied unchanged. CSV and JSON drop blank lines; JSON keys come from the
 * header (a repeated name gets {@code " (2)"}, a field beyond the header is {@code column_N}) and a
 * short row's missing fields are empty strings.
 */
public final class Converter {
  private static final JsonFactory JSON = new JsonFactory();

  private Converter() {}

  /** Reads {@code in} to its end and writes it to {@code out} in {@code format}; closes neither. */
  public static void convert(InputStream in, OutputStream out, ReportFormat format)
      throws IOException {
    switch (format) {
      case TSV:
        in.transferTo(out);
        return;
      case CSV:
        toCsv(reader(in), out);
        return;
      default:
        toJson(reader(in), out);
    }
  }

  private static BufferedReader reader(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static void toCsv(BufferedReader lines, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.isEmpty()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      for (int i = 0; i < fields.length; i++) {
        w.write(i == 0 ? "" : ",");
        w.write(csvField(fields[i]));
      }
      w.write("\r\n");
    }
    w.flush();
  }

  /** RFC 4180: quote a field holding a comma, a double quote or a line break; double its quotes. */
  static String csvField(String field) {
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return "\"" + field.replace("\"", "\"\"") + "\"";
  }

  private static void toJson(BufferedReader lines, OutputStream out) throws IOException {
    JsonGenerator g = JSON.createGenerator(out);
    g.useDefaultPrettyPrinter();
    g.writeStartArray();
    List<String> header = null;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.isEmpty()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (header == null) {
        header = keys(fields);
        continue;
      }
      g.writeStartObject();
      int width = Math.max(header.size(), fields.length);
      for (int i = 0; i < width; i++) {
        g.writeStringField(
            i < header.size() ? header.get(i) : "column_" + (i + 1),
            i < fields.length ? fields[i] : "");
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeRaw('\n');
    g.flush();
  }

  private static List<String> keys(String[] names) {
    List<String> keys = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      String key = name;
      for (int n = 2; !seen.add(key); n++) {
        key = name + " (" + n + ")";
      }
      keys.add(key);
    }
    return keys;
  }
}
