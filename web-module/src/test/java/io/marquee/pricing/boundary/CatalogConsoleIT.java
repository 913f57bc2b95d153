package io.marquee.pricing.boundary;

import io.marquee.testing.BrowserTest;
import io.marquee.testing.ConsoleClient;
import io.marquee.testing.SystemUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog console in a real headless browser: an organiser admin finds the demo product, sees
 * its tier timeline, prices it at the seed's moments, and cannot save a template that breaks a rule;
 * a platform admin sets a tax rate.
 */
class CatalogConsoleIT extends BrowserTest {

    @Test
    void anOrganiserAdminPricesTheDemoProductAndCannotSaveABrokenTemplate() throws IOException {
        pages.logIn(SystemUnderTest.ORGANISER, SystemUnderTest.ORGANISER_PASSWORD);
        assertThat(browser.findElements(By.cssSelector("a[href*='/console/catalog/products.xhtml']")))
                .as("the Catalog menu links the products page").isNotEmpty();

        browser.get(sut.uri("console/catalog/products.xhtml").toString());
        browser.findElement(By.id("search:title")).sendKeys("nemo");
        WebElement unfiltered = browser.findElement(By.id("search:productTable"));
        browser.findElement(By.id("search:find")).click();
        pages.waitFor(ExpectedConditions.stalenessOf(unfiltered));
        pages.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("search:productTable"), "Finding Nemo"));
        browser.findElement(By.linkText("Finding Nemo")).click();

        pages.waitFor(ExpectedConditions.titleContains("Finding Nemo"));
        assertThat((Long) browser.executeScript("var chart = Chart.getChart(arguments[0]);"
                        + " return chart ? chart.data.labels.length : 0;",
                browser.findElement(By.cssSelector("#timeline canvas"))))
                .as("the timeline has a bar per tier: P1, P2, A1, P3").isEqualTo(4L);

        assertThat(priceAt("2020-07-05 12:00:00")).contains("Not purchasable", "after the purchase cutoff");
        assertThat(priceAt("2020-03-15 12:00:00")).contains("Purchasable", "1.99 GBP", "P1 (Precedent)", "10112");
        pages.screenshot("catalog-product.png");

        browser.findElement(By.id("templateLink")).click();
        String templatePage = browser.getCurrentUrl();
        WebElement duration = browser.findElement(By.id("template:tiers:0:duration"));
        assertThat(duration.getAttribute("value")).isEqualTo("1");
        duration.clear();
        duration.sendKeys("0");
        pages.submit("template:save");

        assertThat(pages.messageBeside("template:tiers:0:duration")).contains("duration must be a positive whole number");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Nothing was saved");
        pages.screenshot("catalog-template-refused.png");
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
        pages.logIn(SystemUnderTest.ADMIN, SystemUnderTest.ADMIN_PASSWORD);
        browser.get(sut.uri("console/catalog/tax-rates.xhtml").toString());
        String code = "IT-VAT-" + UUID.randomUUID().toString().substring(0, 6);

        browser.findElement(By.id("taxRate:code")).sendKeys(code);
        browser.findElement(By.id("taxRate:ratePercent")).sendKeys("-5");
        pages.submit("taxRate:set");
        assertThat(pages.messageBeside("taxRate:ratePercent")).contains("zero or more percent");

        WebElement rate = browser.findElement(By.id("taxRate:ratePercent"));
        rate.clear();
        rate.sendKeys("7.5");
        pages.submit("taxRate:set");
        assertThat(browser.findElement(By.id("messages")).getText()).contains(code + " is now 7.5 %");
        assertThat(browser.findElement(By.id("rateTable")).getText()).contains(code + " 7.5");
    }

    /** Uses the product page's price tester and answers what it shows. */
    private static String priceAt(String utc) {
        WebElement at = browser.findElement(By.id("tester:at_input"));
        at.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        at.sendKeys(utc, Keys.TAB);
        assertThat(at.getAttribute("value")).isEqualTo(utc);
        browser.findElement(By.id("tester:price")).click();
        pages.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("tester:answer"), utc.substring(0, 16)));
        return browser.findElement(By.id("tester:answer")).getText();
    }
}
