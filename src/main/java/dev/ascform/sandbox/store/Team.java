package dev.ascform.sandbox.store;

import java.util.List;

/**
 * The team the sandbox account belongs to.
 *
 * @param name the team's name
 * @param teamId the 10-character team id (also the App ID prefix / seed id)
 * @param vendorNumbers the vendor numbers whose sales and finance reports exist
 * @param membershipYearStart ISO date the current membership year began (device slots reset)
 */
public record Team(
    String name, String teamId, List<String> vendorNumbers, String membershipYearStart) {
  public Team {
    vendorNumbers = List.copyOf(vendorNumbers);
  }
}
