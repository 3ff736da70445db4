package dev.ascform.config;

import static dev.ascform.model.form.Field.optional;
import static dev.ascform.model.form.Field.required;

import dev.ascform.model.AppPlatform;
import dev.ascform.model.BundleIdPlatform;
import dev.ascform.model.CertificateType;
import dev.ascform.model.DeviceClass;
import dev.ascform.model.ProfileType;
import dev.ascform.model.ResourceKind;
import dev.ascform.model.UserRole;
import dev.ascform.model.form.Choice;
import dev.ascform.model.form.Def;
import dev.ascform.model.form.Document;
import dev.ascform.model.form.Field;
import dev.ascform.model.form.Flag;
import dev.ascform.model.form.Num;
import dev.ascform.model.form.Obj;
import dev.ascform.model.form.OneOf;
import dev.ascform.model.form.Ref;
import dev.ascform.model.form.Section;
import dev.ascform.model.form.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The config's top-level parts ({@code account}, {@code apps}, {@code settings}) and the
 * definitions every kind's section may use (local names, durations, Apple's enumerations), declared
 * in the vocabulary of {@link dev.ascform.model.form}. Each kind declares its own section beside
 * the kind; {@link #document} puts them together into the whole format, from which {@code
 * schemas/ascform.schema.json} is generated (the config package only reads that file: it never sees
 * the kinds).
 */
public final class ConfigForm {
  private ConfigForm() {}

  /** A local name: an entry's key, or a reference to one. */
  public static final Def LOCAL_NAME =
      new Def(
          "LocalName",
          Text.matching("^[a-z][a-z0-9_]*$")
              .max(64)
              .describe(
                  "a local name: lower case letters, digits and underscores, starting with a"
                      + " letter"));

  public static final Def ENV_NAME =
      new Def(
          "EnvName",
          Text.matching("^[A-Za-z_][A-Za-z0-9_]*$")
              .describe("the name of an environment variable, such as ASC_KEY_ID"));

  public static final Def DURATION =
      new Def(
          "Duration",
          Text.matching("^[1-9][0-9]*[hdw]$").describe("a duration such as 12h, 30d or 2w"));

  public static final Def VERSION_STRING =
      new Def(
          "VersionString",
          OneOf.of("A version or build number, such as \"1.2\" or 42.", Text.any(), Num.any()));

  public static final Def BUNDLE_ID_PLATFORM =
      new Def("BundleIdPlatform", Choice.of(BundleIdPlatform.class));
  public static final Def DEVICE_CLASS = new Def("DeviceClass", Choice.of(DeviceClass.class));
  public static final Def CERTIFICATE_TYPE =
      new Def("CertificateType", Choice.of(CertificateType.class));
  public static final Def PROFILE_TYPE = new Def("ProfileType", Choice.of(ProfileType.class));
  public static final Def USER_ROLE = new Def("UserRole", Choice.of(UserRole.class));
  public static final Def APP_PLATFORM = new Def("AppPlatform", Choice.of(AppPlatform.class));

  /** The capability types of Apple's OpenAPI document (others load with a warning). */
  public static final Def CAPABILITY_TYPE =
      new Def(
          "CapabilityType",
          Choice.of(
                  "ICLOUD",
                  "IN_APP_PURCHASE",
                  "GAME_CENTER",
                  "PUSH_NOTIFICATIONS",
                  "WALLET",
                  "INTER_APP_AUDIO",
                  "MAPS",
                  "ASSOCIATED_DOMAINS",
                  "PERSONAL_VPN",
                  "APP_GROUPS",
                  "HEALTHKIT",
                  "HOMEKIT",
                  "WIRELESS_ACCESSORY_CONFIGURATION",
                  "APPLE_PAY",
                  "DATA_PROTECTION",
                  "SIRIKIT",
                  "NETWORK_EXTENSIONS",
                  "MULTIPATH",
                  "HOT_SPOT",
                  "NFC_TAG_READING",
                  "CLASSKIT",
                  "AUTOFILL_CREDENTIAL_PROVIDER",
                  "ACCESS_WIFI_INFORMATION",
                  "NETWORK_CUSTOM_PROTOCOL",
                  "COREMEDIA_HLS_LOW_LATENCY",
                  "SYSTEM_EXTENSION_INSTALL",
                  "USER_MANAGEMENT",
                  "APPLE_ID_AUTH")
              .describe(
                  "The capability types Apple's OpenAPI document lists. Capability types are"
                      + " open: others are accepted with a warning."));

  /** The field every resource entry may carry. */
  public static Field preventDestroy() {
    return optional(
        "prevent_destroy", new Flag("When true, no plan may delete or replace this resource."));
  }

  /** The {@code account} part: its name and references to the API key. */
  public static final Def ACCOUNT =
      new Def(
          "Account",
          Obj.of(
              required(
                  "name",
                  Text.matching("^[a-z0-9][a-z0-9_-]*$")
                      .describe(
                          "a name for the state file: lower case letters, digits, '-' and '_'")),
              optional(
                  "credentials",
                  Obj.of(
                          optional(
                              "key_id",
                              Text.matching("^[A-Z0-9]{10}$")
                                  .describe("a 10-character API key ID such as ABC123DEFG")),
                          optional(
                              "issuer_id",
                              Text.any().describe("The issuer ID, a UUID (not secret).")),
                          optional("key_id_env", Ref.to(ENV_NAME)),
                          optional("issuer_id_env", Ref.to(ENV_NAME)),
                          optional(
                              "private_key_path",
                              Text.nonEmpty()
                                  .describe(
                                      "Path of the .p8 private key file, relative to this config"
                                          + " file.")),
                          optional("private_key_env", Ref.to(ENV_NAME)),
                          optional(
                              "api_key_json",
                              Text.nonEmpty()
                                  .describe(
                                      "Path of a fastlane API key JSON file, relative to this"
                                          + " config file.")))
                      .describe("References to the API key. Never the key itself."))));

  /** The {@code apps} section: existing apps the config refers to. */
  public static final Section APPS =
      new Section(
          "apps",
          "Existing apps, by local name.",
          new Def(
              "App",
              Obj.of(
                      required(
                          "bundle_id",
                          Text.nonEmpty().describe("The bundle identifier of an existing app.")),
                      optional("name", Text.any()),
                      preventDestroy())
                  .describe("An existing app (apps are read-only in the API).")));

  /** The {@code settings} part. */
  public static final Def SETTINGS =
      new Def(
          "Settings",
          Obj.of(
              optional("prune", prune()),
              optional(
                  "safety",
                  Obj.of(
                      optional("max_destroy_percent", Num.whole(0L, 100L)),
                      optional("min_resources_for_threshold", Num.whole(0L, null)))),
              optional("min_admins", Num.whole(0L, null)),
              optional(
                  "state",
                  Obj.of(
                          required(
                              "url_env",
                              new Ref(
                                  ENV_NAME,
                                  "The environment variable holding the state's location: a"
                                      + " postgresql:// or https:// URL (docs/STATE.md). --state"
                                      + " and ASCFORM_STATE come first.")))
                      .describe(
                          "Where the state lives when neither --state nor ASCFORM_STATE says: the"
                              + " URL is read from an environment variable, so no password is"
                              + " written in the config.")),
              optional(
                  "expiry_warning",
                  new Ref(
                      DURATION,
                      "List certificates and profiles that expired or expire within this window"
                          + " as plan warnings (default 30d).")),
              optional(
                  "fail_on_warnings",
                  new Flag(
                      "With --detailed-exitcode, a plan with warnings (e.g. an expired adopted"
                          + " certificate) exits 2 even without changes. Default false."))));

  /** {@code settings.prune}: one flag per kind, by its config key. */
  private static Obj prune() {
    List<Field> fields = new ArrayList<>();
    Arrays.stream(ResourceKind.values())
        .filter(k -> k != ResourceKind.APP)
        .forEach(k -> fields.add(optional(k.configKey(), Flag.plain())));
    return new Obj(
        fields,
        false,
        null,
        "Per kind: delete resources that exist in the account but not in config. Off by"
            + " default.");
  }

  /**
   * The whole config format: {@code account}, {@code apps}, the kinds' sections in the order given,
   * then {@code settings}.
   */
  public static Document document(List<Section> kindSections) {
    List<Document.Part> parts = new ArrayList<>();
    parts.add(new Document.Part("account", Ref.to(ACCOUNT)));
    parts.add(Document.Part.of(APPS));
    kindSections.forEach(s -> parts.add(Document.Part.of(s)));
    parts.add(new Document.Part("settings", Ref.to(SETTINGS)));
    return new Document(
        "https://ascform.dev/schemas/ascform.schema.json",
        "ascform configuration",
        "An App Store Connect account as code. See docs/CONFIG.md.",
        LOCAL_NAME,
        List.of(
            ENV_NAME,
            DURATION,
            VERSION_STRING,
            BUNDLE_ID_PLATFORM,
            DEVICE_CLASS,
            CERTIFICATE_TYPE,
            PROFILE_TYPE,
            USER_ROLE,
            APP_PLATFORM,
            CAPABILITY_TYPE),
        parts);
  }
}
