package dev.ascform.kinds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ascform.api.AscClient;
import dev.ascform.api.jsonapi.Resource;
import dev.ascform.api.jsonapi.UnreadableValueException;
import dev.ascform.api.resources.Attributes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The kinds read Apple's resources through the typed views of {@code Attributes}, and stay as
 * liberal as Apple needs: an enumeration value newer than ascform, an attribute Apple left out, one
 * ascform has never heard of, or a value of an unexpected JSON type still decodes. The resources
 * are written as Apple sends them (captured shapes, values changed).
 */
class LiveDecodingTest {
  private final ObjectMapper mapper = AscClient.newMapper();

  private Resource resource(String json) throws Exception {
    return mapper.readValue(json.replace('\'', '"'), Resource.class);
  }

  @Test
  void aDeviceWithANewPlatformAndNoStatusDecodes() throws Exception {
    Resource r =
        resource(
            "{'type':'devices','id':'D1','attributes':{'addedDate':'2025-11-06T14:40:31.000+0000',"
                + "'name':'Lab Car','deviceClass':'APPLE_CAR','model':null,"
                + "'udid':'00008110-ABCDEF','platform':'CAR_OS','tint':'red'},"
                + "'links':{'self':'https://api.appstoreconnect.apple.com/v1/devices/D1'}}");
    assertThat(DeviceKind.Live.of(r))
        .isEqualTo(
            new DeviceKind.Live("D1", "00008110-abcdef", "Lab Car", "CAR_OS", "APPLE_CAR", null));
  }

  @Test
  void aCertificateOfANewTypeWithoutAnExpiryDecodes() throws Exception {
    Resource r =
        resource(
            "{'type':'certificates','id':'C1','attributes':{'serialNumber':'5A1B',"
                + "'certificateContent':'MIIB','displayName':'Acme','name':'Acme: Future',"
                + "'platform':null,'certificateType':'QUANTUM_DISTRIBUTION','activated':true}}");
    assertThat(new CertificateKind().unknownValues(CertificateKind.Live.of(r)))
        .containsExactly("certificateType 'QUANTUM_DISTRIBUTION'");
    assertThat(CertificateKind.Live.of(r))
        .isEqualTo(
            new CertificateKind.Live(
                "C1", "5A1B", "Acme: Future", "QUANTUM_DISTRIBUTION", null, "MIIB"));
  }

  @Test
  void everyDateFormAppleSendsReadsAndAnUnreadableOneIsNamed() throws Exception {
    Resource plus0000 =
        resource(
            "{'type':'certificates','id':'C2','attributes':{'serialNumber':'1',"
                + "'expirationDate':'2026-02-01T20:50:34.000+0000'}}");
    assertThat(CertificateKind.Live.of(plus0000).expires())
        .isEqualTo(Instant.parse("2026-02-01T20:50:34Z"));
    Resource pacific =
        resource(
            "{'type':'certificates','id':'C3','attributes':{'expirationDate':'2026-02-01T12:50:34-08:00'}}");
    assertThat(CertificateKind.Live.of(pacific).expires())
        .isEqualTo(Instant.parse("2026-02-01T20:50:34Z"));
    Resource garbled =
        resource(
            "{'type':'certificates','id':'C4','attributes':{'expirationDate':'next Tuesday'}}");
    assertThatThrownBy(() -> CertificateKind.Live.of(garbled))
        .isInstanceOf(UnreadableValueException.class)
        .hasMessageContaining("certificates resource C4")
        .hasMessageContaining("expirationDate 'next Tuesday'");
  }

  @Test
  void aBundleIdOfANewPlatformWithoutASeedIdDecodes() throws Exception {
    Resource r =
        resource(
            "{'type':'bundleIds','id':'B1','attributes':{'identifier':'com.acme.app',"
                + "'name':'App','platform':'REALITY_OS','newThing':{'a':[1]}}}");
    assertThat(BundleIdKind.Live.of(r))
        .isEqualTo(new BundleIdKind.Live("B1", "com.acme.app", "App", "REALITY_OS", null));
    assertThat(BundleIdKind.Live.identifier(r)).isEqualTo("com.acme.app");
  }

  @Test
  void aCapabilityKeepsTheChosenOptionsOfANewSettingAndToleratesNone() throws Exception {
    Resource r =
        resource(
            "{'type':'bundleIdCapabilities','id':'B1_ICLOUD','attributes':{"
                + "'capabilityType':'HOLOGRAMS','settings':[{'key':'HOLO_VERSION',"
                + "'name':'Version','allowedInstances':'SINGLE','visible':true,'options':["
                + "{'key':'V1','enabled':false,'enabledByDefault':true},"
                + "{'key':'V2','enabled':true,'supportsWildcard':false},"
                + "{'key':'V3'}]},{'key':'EMPTY'}]}}");
    CapabilityKind.Live l = CapabilityKind.Live.of(r, "B1", "com.acme.app");
    assertThat(l.type()).isEqualTo("HOLOGRAMS");
    assertThat(l.settings())
        .isEqualTo(new TreeMap<>(Map.of("EMPTY", List.of(), "HOLO_VERSION", List.of("V2", "V3"))));
    assertThat(CapabilityKind.Live.type(r)).isEqualTo("HOLOGRAMS");
    Resource bare =
        resource("{'type':'bundleIdCapabilities','id':'B1_X','attributes':{'capabilityType':'X'}}");
    assertThat(CapabilityKind.Live.of(bare, "B1", "com.acme.app").settings()).isEmpty();
  }

  @Test
  void aBetaGroupMissingItsFlagsOrWithValuesOfAnotherTypeDecodes() throws Exception {
    Resource r =
        resource(
            "{'type':'betaGroups','id':'G1','attributes':{'name':'QA','isInternalGroup':false,"
                + "'publicLinkEnabled':'yes','publicLinkLimitEnabled':true,'publicLinkLimit':'12',"
                + "'iosBuildsAvailableForAppleSiliconMac':true},"
                + "'relationships':{'app':{'data':{'type':'apps','id':'A1'}}}}");
    BetaGroupKind.Live l = BetaGroupKind.live(r, Map.of("A1", "com.acme.app"), 3, List.of());
    assertThat(l)
        .isEqualTo(
            new BetaGroupKind.Live(
                "G1", "com.acme.app", "QA", false, false, false, null, true, 3, List.of()));
    Resource limited =
        resource(
            "{'type':'betaGroups','id':'G2','attributes':{'name':'Public',"
                + "'publicLinkEnabled':true,'publicLinkLimitEnabled':true,'publicLinkLimit':25,"
                + "'feedbackEnabled':false}}");
    BetaGroupKind.Live m = BetaGroupKind.live(limited, Map.of(), 0, List.of());
    assertThat(m.publicLinkLimit()).isEqualTo(25);
    assertThat(m.feedbackEnabled()).isFalse();
    assertThat(m.app()).isNull();
  }

  @Test
  void peopleWithANewRoleAndMissingAttributesDecode() throws Exception {
    Attributes.User user =
        resource(
                "{'type':'users','id':'U1','attributes':{'username':'Ann@Acme.com',"
                    + "'roles':['DEVELOPER','SPACE_ADMIN'],'firstName':{'given':'Ann'}}}")
            .attributesAs(Attributes.User.class);
    assertThat(user.username()).isEqualTo("Ann@Acme.com");
    assertThat(user.roles()).containsExactly("DEVELOPER", "SPACE_ADMIN");
    assertThat(user.firstName()).as("an object where text belongs, as text() read it").isEmpty();
    assertThat(user.allAppsVisible()).isNull();
    Attributes.UserInvitation invitation =
        resource("{'type':'userInvitations','id':'I1','attributes':{'email':'bo@acme.com'}}")
            .attributesAs(Attributes.UserInvitation.class);
    assertThat(invitation.roles()).isEmpty();
    assertThat(invitation.expirationDate()).isNull();
    Attributes.BetaTester tester =
        resource(
                "{'type':'betaTesters','id':'T1','attributes':{'email':'Cy@Acme.com',"
                    + "'inviteType':'CARRIER_PIGEON','state':'DREAMING'}}")
            .attributesAs(Attributes.BetaTester.class);
    assertThat(tester.inviteType()).isEqualTo("CARRIER_PIGEON");
    assertThat(tester.firstName()).isNull();
  }

  @Test
  void aProfileOfANewTypeWithoutContentDecodes() throws Exception {
    Resource r =
        resource(
            "{'type':'profiles','id':'P1','attributes':{'name':'Acme Dev','platform':'IOS',"
                + "'profileType':'IOS_APP_SOMEDAY','profileState':'PENDING_REVIEW',"
                + "'uuid':'u-1','expirationDate':'2026-02-01T20:50:34.000+0000'}}");
    Attributes.Profile p = r.attributesAs(Attributes.Profile.class);
    assertThat(p.profileType()).isEqualTo("IOS_APP_SOMEDAY");
    assertThat(p.profileState()).isEqualTo("PENDING_REVIEW");
    assertThat(p.profileContent()).isNull();
    assertThat(r.instant(p.expirationDate())).isEqualTo(Instant.parse("2026-02-01T20:50:34Z"));
    assertThat(r.instant(p.createdDate())).isNull();
  }
}
