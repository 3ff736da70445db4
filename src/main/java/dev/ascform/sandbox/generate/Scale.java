package dev.ascform.sandbox.generate;

/**
 * The sizes {@code ascform sandbox generate} knows. LARGE is the account of issue #10; MEDIUM is
 * about a fifth of it (planned by the default test suite), SMALL about a twentieth.
 */
public enum Scale {
  SMALL(2, 15, 10, 5, 5, 3, 30, 3, 20, 12, 2, 400),
  MEDIUM(8, 60, 40, 20, 20, 6, 120, 10, 80, 50, 8, 1600),
  LARGE(40, 300, 200, 100, 100, 30, 600, 50, 400, 250, 40, 8000);

  /** Builds per app, capabilities per bundle ID, beta groups per app (team, QA, public). */
  public static final int BUILDS_PER_APP = 5;

  public static final int CAPABILITIES_PER_BUNDLE_ID = 4;
  public static final int GROUPS_PER_APP = 3;

  /** Team members in each app's internal group. */
  public static final int INTERNAL_TESTERS_PER_GROUP = 5;

  public final int apps;
  public final int bundleIds;
  public final int iphones;
  public final int ipads;
  public final int macs;
  public final int certificates;
  public final int profiles;
  public final int profileDevicesMin;
  public final int profileDevicesMax;
  public final int users;
  public final int invitations;
  public final int testers;

  Scale(
      int apps,
      int bundleIds,
      int iphones,
      int ipads,
      int macs,
      int certificates,
      int profiles,
      int profileDevicesMin,
      int profileDevicesMax,
      int users,
      int invitations,
      int testers) {
    this.apps = apps;
    this.bundleIds = bundleIds;
    this.iphones = iphones;
    this.ipads = ipads;
    this.macs = macs;
    this.certificates = certificates;
    this.profiles = profiles;
    this.profileDevicesMin = profileDevicesMin;
    this.profileDevicesMax = profileDevicesMax;
    this.users = users;
    this.invitations = invitations;
    this.testers = testers;
  }

  public int builds() {
    return apps * BUILDS_PER_APP;
  }

  public int devices() {
    return iphones + ipads + macs;
  }

  public int betaGroups() {
    return apps * GROUPS_PER_APP;
  }
}
