package io.marquee.platform.boundary;

import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client can get wrong is answered 4xx problem+json, never 500, and never an HTML page. */
class ProblemResponsesIT {

    static SystemUnderTest sut;
    static String key;

    @BeforeAll
    static void server() {
        sut = SystemUnderTest.get();
        key = PartnerFixture.keyFor(sut, "northern-lights", "organisers:read", "organisers:write", "audit:read");
    }

    @Test
    void anUnknownApiRouteIs404Problem() {
        assertProblem(Http.get(sut.uri("api/v1/no-such-thing"), key), 404);
    }

    @Test
    void anUnknownPageOutsideTheApiIs404ProblemForApiClients() {
        assertProblem(Http.get(sut.uri("no/such/page"), null), 404);
    }

    @Test
    void aWrongMethodIs405Problem() {
        assertProblem(Http.send("DELETE", sut.uri("api/v1/organisers"), key, null, null), 405);
    }

    @Test
    void aWrongMediaTypeIs415Problem() {
        assertProblem(Http.send("PUT", sut.uri("api/v1/organisers/" + demoOrganiserId() + "/contact"), key,
                "text/plain", "email=a@b.example"), 415);
    }

    @Test
    void malformedJsonIs400Problem() {
        Http.Answer answer = Http.send("PUT", sut.uri("api/v1/organisers/" + demoOrganiserId() + "/contact"), key,
                "application/json", "{\"email\": ");
        assertProblem(answer, 400);
        assertThat(answer.json().getString("type")).endsWith("malformed-json");
    }

    @Test
    void jsonOfTheWrongShapeIs400Problem() {
        assertProblem(Http.send("PUT", sut.uri("api/v1/organisers/" + demoOrganiserId() + "/contact"), key,
                "application/json", "[1, 2, 3]"), 400);
    }

    @Test
    void aMissingBodyNamesTheBody() {
        Http.Answer answer = Http.send("PUT", sut.uri("api/v1/organisers/" + demoOrganiserId() + "/contact"), key,
                "application/json", "");
        assertProblem(answer, 400);
    }

    @Test
    void aQueryParameterOutOfRangeNamesTheParameterAndRule() {
        Http.Answer answer = Http.get(sut.uri("api/v1/audit?limit=100000"), key);
        assertProblem(answer, 400);
        assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("limit");
        assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("rule")).isEqualTo("range");
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsA4xxProblem() {
        Http.Answer answer = Http.get(sut.uri("api/v1/audit?limit=many"), key);
        assertThat(answer.status()).isBetween(400, 499);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPathParameterOfTheWrongTypeIs404Problem() {
        assertProblem(Http.get(sut.uri("api/v1/organisers/not-a-number"), key), 404);
    }

    @Test
    void anUnacceptableMediaTypeIs406Problem() {
        Http.Answer answer = Http.send(Http.request(sut.uri("api/v1/organisers"), key)
                .setHeader("Accept", "application/xml").GET().build());
        assertThat(answer.status()).isEqualTo(406);
    }

    private static long demoOrganiserId() {
        return Http.get(sut.uri("api/v1/organisers"), key).jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
    }

    static void assertProblem(Http.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().getInt("status")).isEqualTo(status);
        assertThat(answer.json().getString("title")).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception", "at io.marquee");
    }
}
