package dev.ascform.api;

import dev.ascform.api.resources.AppsApi;
import dev.ascform.api.resources.BetaGroupsApi;
import dev.ascform.api.resources.BetaTestersApi;
import dev.ascform.api.resources.BuildsApi;
import dev.ascform.api.resources.BundleIdCapabilitiesApi;
import dev.ascform.api.resources.BundleIdsApi;
import dev.ascform.api.resources.CertificatesApi;
import dev.ascform.api.resources.DevicesApi;
import dev.ascform.api.resources.FinanceReportsApi;
import dev.ascform.api.resources.ProfilesApi;
import dev.ascform.api.resources.SalesReportsApi;
import dev.ascform.api.resources.UserInvitationsApi;
import dev.ascform.api.resources.UsersApi;

/** The Feign proxies and helpers of one {@link AscClient}. */
final class ApiParts {
  final AppsApi apps;
  final BuildsApi builds;
  final BundleIdsApi bundleIds;
  final BundleIdCapabilitiesApi capabilities;
  final CertificatesApi certificates;
  final DevicesApi devices;
  final ProfilesApi profiles;
  final UsersApi users;
  final UserInvitationsApi userInvitations;
  final BetaGroupsApi betaGroups;
  final BetaTestersApi betaTesters;
  final SalesReportsApi salesReports;
  final FinanceReportsApi financeReports;
  final Relationships relationships;
  final Lookups lookups;

  ApiParts(AscClient c) {
    apps = c.target(AppsApi.class);
    builds = c.target(BuildsApi.class);
    bundleIds = c.target(BundleIdsApi.class);
    capabilities = c.target(BundleIdCapabilitiesApi.class);
    certificates = c.target(CertificatesApi.class);
    devices = c.target(DevicesApi.class);
    profiles = c.target(ProfilesApi.class);
    users = c.target(UsersApi.class);
    userInvitations = c.target(UserInvitationsApi.class);
    betaGroups = c.target(BetaGroupsApi.class);
    betaTesters = c.target(BetaTestersApi.class);
    salesReports = c.target(SalesReportsApi.class);
    financeReports = c.target(FinanceReportsApi.class);
    relationships = new Relationships(c.pager());
    lookups = new Lookups(c);
  }
}
