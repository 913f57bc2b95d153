package io.marquee.sales.control;

import java.util.regex.Pattern;

/**
 * Crawlers, link previewers and scripts that fetch an event page without a person behind them:
 * their fetches are not visits. A request without a user agent is taken for a script too.
 */
public final class KnownBots {

    private static final Pattern BOT = Pattern.compile(
            "bot\\b|bot/|crawl|spider|slurp|mediapartners|facebookexternalhit|facebookcatalog|embedly|quora link preview"
                    + "|whatsapp|telegram|skypeuripreview|bingpreview|pinterest|lighthouse|pingdom|uptime|monitor"
                    + "|curl/|wget/|python-requests|python-urllib|java/|java-http-client|okhttp|go-http-client|libwww-perl"
                    + "|httpclient|axios/|node-fetch|scrapy|phantomjs|gtmetrix",
            Pattern.CASE_INSENSITIVE);

    private KnownBots() {
    }

    public static boolean isBot(String userAgent) {
        return userAgent == null || userAgent.isBlank() || BOT.matcher(userAgent).find();
    }
}
