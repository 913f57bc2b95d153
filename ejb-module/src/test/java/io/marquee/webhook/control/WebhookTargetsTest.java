package io.marquee.webhook.control;

import io.marquee.platform.control.Violations;
import io.marquee.platform.entity.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookTargetsTest {

    @ParameterizedTest
    @CsvSource({
            "https://hooks.example/marquee, false, ok",
            "http://hooks.example/marquee, false, https",
            "https://10.1.2.3/x, false, public-host",
            "https://192.168.0.10/x, false, public-host",
            "https://169.254.169.254/latest, false, public-host",
            "https://[fe80::1]/x, false, public-host",
            "http://127.0.0.1:9000/x, false, public-host",
            "https://localhost/x, false, public-host",
            "http://127.0.0.1:9000/x, true, ok",
            "https://user:pw@hooks.example/x, false, url",
            "/relative/path, false, url",
            "ht tp://bad, false, url",
    })
    void onlyPublicHttpsHostsUnlessLoopbackIsAllowed(String url, boolean allowLoopback, String rule) {
        Violations violations = new Violations();
        new WebhookTargets(allowLoopback).check("url", url, violations);
        assertThat(violations.list().stream().map(Violation::rule).findFirst().orElse("ok")).isEqualTo(rule);
    }
}
