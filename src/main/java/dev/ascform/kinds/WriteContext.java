package dev.ascform.kinds;

import dev.ascform.api.AscClient;
import dev.ascform.plan.Address;

/** What a kind's writes may use: the client, and the Apple ids of resources it depends on. */
public interface WriteContext {
  AscClient client();

  /**
   * The Apple id of a resource this one depends on: created or replaced earlier in this apply, else
   * as recorded in the state, else as read from the account.
   *
   * @throws IllegalStateException when it is unknown (the dependency was never created)
   */
  String appleIdOf(Address dependency);
}
