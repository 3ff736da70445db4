package dev.ascform.kinds;

import dev.ascform.api.AscClient;
import dev.ascform.plan.Address;
import dev.ascform.secrets.SecretStore;

/**
 * What a kind's writes may use: the client, the Apple ids of resources it depends on, and the run's
 * secret store.
 */
public interface WriteContext {
  AscClient client();

  /**
   * The Apple id of a resource this one depends on: created or replaced earlier in this apply, else
   * as recorded in the state, else as read from the account.
   *
   * @throws IllegalStateException when it is unknown (the dependency was never created)
   */
  String appleIdOf(Address dependency);

  /**
   * This run's secret store: where a certificate ascform creates keeps its private key (the only
   * place it ever is), and where a create interrupted mid-way left its key pair.
   */
  SecretStore secrets();
}
