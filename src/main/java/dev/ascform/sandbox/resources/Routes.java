package dev.ascform.sandbox.resources;

import dev.ascform.sandbox.http.Handler;
import dev.ascform.sandbox.http.Operation;
import dev.ascform.sandbox.http.OperationCatalog;
import dev.ascform.sandbox.reports.Reports;
import java.util.HashMap;
import java.util.Map;

/** Every served operation's handler, by operationId. */
public final class Routes {
  private Routes() {}

  /** Builds the handler table; fails fast when a catalogued operation has no handler. */
  public static Map<String, Handler> handlers(Services services) {
    Map<String, Handler> handlers = new HashMap<>();
    for (Operation op : OperationCatalog.all()) {
      Handler read = Reads.forOperation(op);
      if (read != null) {
        handlers.put(op.operationId(), read);
      }
    }
    BundleIds.register(handlers);
    Capabilities.register(handlers);
    Devices.register(handlers);
    Certificates.register(handlers, services.ca());
    Profiles.register(handlers);
    Users.register(handlers);
    UserInvitations.register(handlers);
    BetaGroups.register(handlers);
    BetaTesters.register(handlers);
    Reports.register(handlers);
    for (Operation op : OperationCatalog.all()) {
      if (!handlers.containsKey(op.operationId())) {
        throw new IllegalStateException("no handler for the served operation " + op.key());
      }
    }
    return handlers;
  }
}
