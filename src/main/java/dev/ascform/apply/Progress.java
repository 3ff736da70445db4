package dev.ascform.apply;

import java.io.PrintWriter;
import java.util.Locale;

/** One line per finished change: {@code [3/17] + bundle_id.widget ... created in 0.4 s}. */
final class Progress {
  private final PrintWriter out;
  private final int total;
  private int n;

  Progress(PrintWriter out, int total) {
    this.out = out;
    this.total = total;
  }

  synchronized void report(Outcome o) {
    n++;
    String head =
        "["
            + n
            + "/"
            + total
            + "] "
            + o.change().action().symbol()
            + " "
            + o.change().address()
            + " ... ";
    String tail;
    if (o instanceof Outcome.Done d) {
      tail =
          String.format(Locale.ROOT, "%s in %.1f s", d.verb(), d.millis() / 1000.0)
              + (d.note() == null ? "" : " (" + d.note() + ")");
    } else if (o instanceof Outcome.Failed f) {
      tail = "FAILED: " + f.message();
    } else {
      tail = "skipped: " + ((Outcome.Skipped) o).because();
    }
    out.println(head + tail);
    out.flush();
  }
}
