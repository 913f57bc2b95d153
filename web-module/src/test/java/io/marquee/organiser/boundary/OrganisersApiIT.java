package io.marquee.organiser.boundary;

import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Partners see and change only their organisers; every change is audited with before and after. */
class OrganisersApiIT {

    static SystemUnderTest sut;
    static String key;
    static long organiserId;

    @BeforeAll
    static void server() {
        sut = SystemUnderTest.get();
        key = PartnerFixture.keyFor(sut, "northern-lights", "organisers:read", "organisers:write", "audit:read");
        organiserId = Http.get(sut.uri("api/v1/organisers"), key).jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void aPartnerListsTheOrganisersItActsFor() {
        Http.Answer answer = Http.get(sut.uri("api/v1/organisers"), key);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.jsonArray()).hasSize(1);
        assertThat(answer.jsonArray().getJsonObject(0).getString("slug")).isEqualTo("northern-lights");
        assertThat(answer.jsonArray().getJsonObject(0).getString("timeZone")).isEqualTo("Europe/Oslo");
    }

    @Test
    void aPartnerWithoutOrganisersSeesNone() {
        String stranger = PartnerFixture.keyFor(sut, null, "organisers:read", "organisers:write");
        assertThat(Http.get(sut.uri("api/v1/organisers"), stranger).jsonArray()).isEmpty();
        assertThat(Http.get(sut.uri("api/v1/organisers/" + organiserId), stranger).status()).isEqualTo(404);
        Http.Answer change = putContact(stranger, "{\"email\":\"intruder@example.com\"}");
        assertThat(change.status()).isEqualTo(404);
        assertThat(Http.get(sut.uri("api/v1/organisers/" + organiserId), key).json().getString("contactEmail"))
                .isNotEqualTo("intruder@example.com");
    }

    @Test
    void aContactChangeIsSavedAndAuditedWithBeforeAndAfter() {
        String email = "box-office+" + UUID.randomUUID().toString().substring(0, 8) + "@northern-lights.example";
        String before = Http.get(sut.uri("api/v1/organisers/" + organiserId), key).json().getString("contactEmail");

        Http.Answer change = putContact(key, "{\"email\":\"" + email + "\"}");

        assertThat(change.status()).as(change.body()).isEqualTo(200);
        assertThat(Http.get(sut.uri("api/v1/organisers/" + organiserId), key).json().getString("contactEmail")).isEqualTo(email);
        JsonObject entry = Http.get(sut.uri("api/v1/audit?limit=1"), key).jsonArray().getJsonObject(0);
        assertThat(entry.getString("action")).isEqualTo("organiser.contact-changed");
        assertThat(entry.getString("subjectId")).isEqualTo(String.valueOf(organiserId));
        assertThat(entry.getString("actor")).startsWith("partner:").contains("/key:" + key.substring(3, 11));
        assertThat(entry.getString("before")).contains(before);
        assertThat(entry.getString("after")).contains(email);
    }

    @Test
    void anInvalidEmailNamesTheFieldAndRuleAndWritesNothing() {
        long auditBefore = PartnerFixture.count(sut, "select count(*) from audit_entry");
        String contactBefore = Http.get(sut.uri("api/v1/organisers/" + organiserId), key).json().getString("contactEmail");

        Http.Answer answer = putContact(key, "{\"email\":\"not an email\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonObject error = answer.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("email");
        assertThat(error.getString("rule")).isEqualTo("email");
        assertThat(Http.get(sut.uri("api/v1/organisers/" + organiserId), key).json().getString("contactEmail"))
                .isEqualTo(contactBefore);
        assertThat(PartnerFixture.count(sut, "select count(*) from audit_entry")).isEqualTo(auditBefore);
    }

    @Test
    void aMissingEmailIsNamedAsRequired() {
        Http.Answer answer = putContact(key, "{}");
        assertThat(answer.status()).isEqualTo(400);
        JsonObject error = answer.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("email");
        assertThat(error.getString("rule")).isEqualTo("not-blank");
    }

    private static Http.Answer putContact(String key, String json) {
        return Http.send("PUT", sut.uri("api/v1/organisers/" + organiserId + "/contact"), key, "application/json", json);
    }
}
