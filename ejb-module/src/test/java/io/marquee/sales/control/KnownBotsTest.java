package io.marquee.sales.control;

import io.marquee.ordering.entity.CustomerOrder;
import io.marquee.sales.entity.Visit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class KnownBotsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
            "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
            "Twitterbot/1.0", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
            "WhatsApp/2.23.20.0", "curl/8.5.0", "python-requests/2.31.0", "Java-http-client/17.0.15",
            "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)", "   "})
    void crawlersPreviewersAndScriptsAreNotVisitors(String userAgent) {
        assertThat(KnownBots.isBot(userAgent)).isTrue();
        assertThat(KnownBots.isBot(null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0",
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36"})
    void browsersAreVisitors(String userAgent) {
        assertThat(KnownBots.isBot(userAgent)).isFalse();
    }

    @Test
    void theTrafficSourceIsTheCampaignElseTheReferrerElseDirect() {
        Instant now = Instant.now();
        assertThat(new Visit(1, now, new CustomerOrder.Source("www.facebook.com", "newsletter", "email", null))
                .trafficSource()).isEqualTo("newsletter");
        assertThat(new Visit(1, now, new CustomerOrder.Source("www.facebook.com", "", null, null)).trafficSource())
                .isEqualTo("www.facebook.com");
        assertThat(new Visit(1, now, new CustomerOrder.Source(null, null, null, null)).trafficSource()).isEqualTo("direct");
    }
}
