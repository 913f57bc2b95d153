package io.marquee.platform.boundary;

import io.marquee.testing.Browser;
import io.marquee.testing.ConsolePages;
import io.marquee.testing.Http;
import io.marquee.testing.SystemUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real headless browser: a platform admin logs in, adds a partner for the demo organiser,
 * issues it a key, sees the key listed (masked), and the key works against the partner API.
 */
class ConsoleBrowserIT {

    static SystemUnderTest sut;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        sut = SystemUnderTest.get();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            Files.write(Path.of("target", "console-partners.png"), browser.getScreenshotAs(OutputType.BYTES));
            browser.quit();
        }
    }

    @Test
    void anAdminIssuesAKeyThatWorksAgainstTheApi() {
        browser.get(sut.uri("console/index.xhtml").toString());
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(SystemUnderTest.ADMIN);
        browser.findElement(By.id("login:password")).sendKeys(SystemUnderTest.ADMIN_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        assertThat(browser.findElement(By.id("greeting")).getText()).contains("Logged in as admin");

        browser.get(sut.uri("console/admin/partners.xhtml").toString());
        String partner = "Browser TV " + UUID.randomUUID().toString().substring(0, 6);
        browser.findElement(By.id("newPartner:name")).sendKeys(partner);
        checkLabel("newPartner:organisers", "Northern Lights Live");
        submit("newPartner:create");
        assertThat(browser.findElement(By.id("partnerTable")).getText()).contains(partner, "Northern Lights Live");

        new ConsolePages(sut, browser).choose("issueKey:partner", partner);
        browser.findElement(By.id("issueKey:label")).sendKeys("storefront in the browser test");
        checkLabel("issueKey:scopes", "organisers:read");
        submit("issueKey:issue");

        String key = browser.findElement(By.id("issuedSecret")).getText().strip();
        assertThat(key).startsWith("mq_");
        String keyTable = browser.findElement(By.id("keys:keyTable")).getText();
        assertThat(keyTable).contains(partner, "storefront in the browser test", "mq_" + key.substring(3, 11) + "_…")
                .doesNotContain(key);

        Http.Answer organisers = Http.get(sut.uri("api/v1/organisers"), key);
        assertThat(organisers.status()).isEqualTo(200);
        assertThat(organisers.jsonArray().getJsonObject(0).getString("name")).isEqualTo("Northern Lights Live");
        assertThat(Http.get(sut.uri("api/v1/audit"), key).status()).as("the key has only organisers:read").isEqualTo(403);

        submit("forget:done");
        assertThat(browser.findElements(By.id("issuedSecret"))).as("the key is shown once").isEmpty();
    }

    /**
     * Clicks a button that posts its form without Ajax and waits for the answering page: the click
     * may return before the browser leaves the old page, whose elements share the new one's ids.
     */
    private static void submit(String buttonId) {
        WebElement button = browser.findElement(By.id(buttonId));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(button));
    }

    /** Ticks the PrimeFaces checkbox whose label reads {@code text} inside the component {@code id}. */
    private static void checkLabel(String id, String text) {
        WebElement group = browser.findElement(By.id(id));
        group.findElement(By.xpath(".//label[contains(normalize-space(.), '" + text + "')]")).click();
    }
}
