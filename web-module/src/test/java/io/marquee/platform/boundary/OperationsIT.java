package io.marquee.platform.boundary;

import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and partner developers rely on: health, metrics, the API description. */
class OperationsIT {

    static SystemUnderTest sut;

    @BeforeAll
    static void server() {
        sut = SystemUnderTest.get();
    }

    @Test
    void readinessReportsTheDatabaseReachableAndMigrated() {
        Http.Answer ready = Http.get(sut.uri("health/ready"), null);
        assertThat(ready.status()).isEqualTo(200);
        JsonObject check = ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("marquee-database")).findFirst().orElseThrow();
        assertThat(check.getString("status")).isEqualTo("UP");
        assertThat(check.getJsonObject("data").getString("migrated")).isEqualTo("true");
        assertThat(Integer.parseInt(check.getJsonObject("data").getString("schemaVersion"))).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theOpenApiDocumentDescribesTheApiAndItsKeyScheme() {
        Http.Answer openapi = Http.send(Http.request(sut.uri("openapi"), null).setHeader("Accept", "application/json").GET().build());
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.json().getJsonObject("paths").keySet()).contains("/api/v1/organisers", "/api/v1/organisers/{id}/contact");
        assertThat(openapi.json().getJsonObject("components").getJsonObject("securitySchemes").keySet()).contains("partnerKey");
    }

    @Test
    void theApiDocsPageAndItsScriptsAreServed() {
        Http.Answer page = Http.send(Http.request(sut.uri("api-docs.html"), null).setHeader("Accept", "text/html").GET().build());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui-bundle.js");
        assertThat(Http.get(sut.uri("webjars/swagger-ui/5.20.1/swagger-ui-bundle.js"), null).status()).isEqualTo(200);
    }

    @Test
    void metricsCountRefusedApiCalls() {
        Http.get(sut.uri("api/v1/organisers"), null);
        String key = PartnerFixture.keyFor(sut, "northern-lights", "audit:read");
        Http.get(sut.uri("api/v1/organisers"), key);
        Http.Answer metrics = Http.send(Http.request(sut.uri("metrics"), null).setHeader("Accept", "text/plain").GET().build());
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("marquee_api_unauthenticated_total", "marquee_api_forbidden_total");
    }
}
