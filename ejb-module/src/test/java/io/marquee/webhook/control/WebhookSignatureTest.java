package io.marquee.webhook.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");
    private static final String BODY = "{\"id\":7,\"type\":\"sale\",\"gross\":\"20.00\"}";
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void aSignatureVerifiesWithTheSecretWithinTheTolerance() {
        String header = WebhookSignature.header("whsec_a", AT, BODY);
        assertThat(header).matches("t=\\d+,v1=[0-9a-f]{64}");
        assertThat(WebhookSignature.verifies("whsec_a", header, BODY, AT.plusSeconds(30), FIVE_MINUTES)).isTrue();
    }

    @Test
    void anotherSecretATamperedBodyOrAnOldTimestampFail() {
        String header = WebhookSignature.header("whsec_a", AT, BODY);
        assertThat(WebhookSignature.verifies("whsec_b", header, BODY, AT, FIVE_MINUTES)).isFalse();
        assertThat(WebhookSignature.verifies("whsec_a", header, BODY.replace("20.00", "2.00"), AT, FIVE_MINUTES)).isFalse();
        assertThat(WebhookSignature.verifies("whsec_a", header, BODY, AT.plus(Duration.ofMinutes(6)), FIVE_MINUTES)).isFalse();
        String replayedWithNewTime = header.replace("t=" + AT.getEpochSecond(), "t=" + AT.plusSeconds(600).getEpochSecond());
        assertThat(WebhookSignature.verifies("whsec_a", replayedWithNewTime, BODY, AT.plusSeconds(600), FIVE_MINUTES)).isFalse();
    }

    @Test
    void malformedHeadersFail() {
        for (String header : new String[] {null, "", "v1=abc", "t=abc,v1=00", "t=1,v1=zz"}) {
            assertThat(WebhookSignature.verifies("whsec_a", header, BODY, AT, FIVE_MINUTES)).as(header).isFalse();
        }
    }
}
