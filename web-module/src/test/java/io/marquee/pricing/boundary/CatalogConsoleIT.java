package io.marquee.pricing.boundary;

import io.marquee.testing.Browser;
import io.marquee.testing.ConsoleClient;
import io.marquee.testing.SystemUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
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
 * The catalog console in a real headless browser: an organiser admin finds the demo product, sees
 * its tier timeline, prices it at the seed's moments, and cannot save a template that breaks a rule;
 * a platform admin sets a tax rate.
 */
class CatalogConsoleIT {

    static SystemUnderTest sut;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        sut = SystemUnderTest.get();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void loggedOut() {
        browser.manage().deleteAllCookies();
    }

    @Test
    void anOrganiserAdminPricesTheDemoProductAndCannotSaveABrokenTemplate() throws IOException {
        logIn(SystemUnderTest.ORGANISER, SystemUnderTest.ORGANISER_PASSWORD);
        assertThat(browser.findElements(By.cssSelector("a[href*='/console/catalog/products.xhtml']")))
                .as("the Catalog menu links the products page").isNotEmpty();

        browser.get(sut.uri("console/catalog/products.xhtml").toString());
        browser.findElement(By.id("search:title")).sendKeys("nemo");
        WebElement unfiltered = browser.findElement(By.id("search:productTable"));
        browser.findElement(By.id("search:find")).click();
        wait(ExpectedConditions.stalenessOf(unfiltered));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("search:productTable"), "Finding Nemo"));
        browser.findElement(By.linkText("Finding Nemo")).click();

        wait(ExpectedConditions.titleContains("Finding Nemo"));
        assertThat((Long) browser.executeScript("var chart = Chart.getChart(arguments[0]);"
                        + " return chart ? chart.data.labels.length : 0;",
                browser.findElement(By.cssSelector("#timeline canvas"))))
                .as("the timeline has a bar per tier: P1, P2, A1, P3").isEqualTo(4L);

        assertThat(priceAt("2020-07-05 12:00:00")).contains("Not purchasable", "after the purchase cutoff");
        assertThat(priceAt("2020-03-15 12:00:00")).contains("Purchasable", "1.99 GBP", "P1 (Precedent)", "10112");
        screenshot("catalog-product.png");

        browser.findElement(By.id("templateLink")).click();
        String templatePage = browser.getCurrentUrl();
        WebElement duration = browser.findElement(By.id("template:tiers:0:duration"));
        assertThat(duration.getAttribute("value")).isEqualTo("1");
        duration.clear();
        duration.sendKeys("0");
        submit("template:save");

        assertThat(messageBeside("template:tiers:0:duration")).contains("duration must be a positive whole number");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Nothing was saved");
        screenshot("catalog-template-refused.png");
        browser.get(templatePage);
        assertThat(browser.findElement(By.id("template:tiers:0:duration")).getAttribute("value"))
                .as("the refused edit changed nothing").isEqualTo("1");

        ConsoleClient organiser = new ConsoleClient(sut);
        organiser.login(SystemUnderTest.ORGANISER, SystemUnderTest.ORGANISER_PASSWORD);
        assertThat(organiser.get("console/catalog/tax-rates.xhtml").statusCode())
                .as("only platform admins keep tax rates").isEqualTo(403);
    }

    @Test
    void aPlatformAdminSetsATaxRate() {
        logIn(SystemUnderTest.ADMIN, SystemUnderTest.ADMIN_PASSWORD);
        browser.get(sut.uri("console/catalog/tax-rates.xhtml").toString());
        String code = "IT-VAT-" + UUID.randomUUID().toString().substring(0, 6);

        browser.findElement(By.id("taxRate:code")).sendKeys(code);
        browser.findElement(By.id("taxRate:ratePercent")).sendKeys("-5");
        submit("taxRate:set");
        assertThat(messageBeside("taxRate:ratePercent")).contains("zero or more percent");

        WebElement rate = browser.findElement(By.id("taxRate:ratePercent"));
        rate.clear();
        rate.sendKeys("7.5");
        submit("taxRate:set");
        assertThat(browser.findElement(By.id("messages")).getText()).contains(code + " is now 7.5 %");
        assertThat(browser.findElement(By.id("rateTable")).getText()).contains(code + " 7.5");
    }

    private static void logIn(String username, String password) {
        browser.get(sut.uri("console/index.xhtml").toString());
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        assertThat(browser.findElement(By.id("greeting")).getText()).contains("Logged in as " + username);
    }

    /** Clicks a button that posts its form without Ajax, and waits for the page that answers. */
    private static void submit(String buttonId) {
        WebElement button = browser.findElement(By.id(buttonId));
        button.click();
        wait(ExpectedConditions.stalenessOf(button));
    }

    /** Uses the product page's price tester and answers what it shows. */
    private static String priceAt(String utc) {
        WebElement at = browser.findElement(By.id("tester:at_input"));
        at.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        at.sendKeys(utc, Keys.TAB);
        assertThat(at.getAttribute("value")).isEqualTo(utc);
        browser.findElement(By.id("tester:price")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("tester:answer"), utc.substring(0, 16)));
        return browser.findElement(By.id("tester:answer")).getText();
    }

    /** The whole page, in a window tall enough to hold it. */
    private static void screenshot(String name) throws IOException {
        Dimension window = browser.manage().window().getSize();
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(window.getWidth(), (int) height + 120));
        Files.write(Path.of("target", name), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(window);
    }

    /** The text of the PrimeFaces message shown next to the input {@code id}. */
    private static String messageBeside(String id) {
        return browser.findElement(By.xpath("//*[@id='" + id + "']/following-sibling::*[contains(@class, 'ui-message')]"))
                .getText();
    }

    private static void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }
}
