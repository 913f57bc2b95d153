package io.marquee.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** What browser tests do on console and viewer pages: log in, post a form, read the message beside a field. */
public record ConsolePages(SystemUnderTest sut, ChromeDriver browser) {

    public void logIn(String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get(sut.uri("console/index.xhtml").toString());
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        assertThat(browser.findElement(By.id("greeting")).getText()).contains("Logged in as " + username);
    }

    public void open(String path) {
        browser.get(sut.uri(path).toString());
    }

    /** Clicks a button that posts its form without Ajax, and waits for the page that answers. */
    public void submit(String buttonId) {
        submit(browser.findElement(By.id(buttonId)));
    }

    public void submit(WebElement button) {
        button.click();
        waitFor(driver -> gone(button));
    }

    /** Chromium answers a detached node with "stale" or, mid-navigation, with an inspector error. */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException detached) {
            return true;
        } catch (WebDriverException navigating) {
            return navigating.getMessage().contains("does not belong to the document");
        }
    }

    /** Replaces the text of an input (a date picker's, say) and leaves it. */
    public void type(String inputId, String text) {
        WebElement input = browser.findElement(By.id(inputId));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
    }

    /** Picks an option of a PrimeFaces select menu by typing it into the menu's filter, as a person would. */
    public void choose(String id, String option) {
        browser.findElement(By.id(id)).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(id + "_panel")));
        browser.findElement(By.id(id + "_filter")).sendKeys(option);
        By item = By.xpath("//*[@id='" + id + "_panel']//li[@data-label='" + option + "']");
        waitFor(ExpectedConditions.elementToBeClickable(item)).click();
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
        assertThat(browser.findElement(By.id(id + "_label")).getText()).isEqualTo(option);
    }

    public String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** The text of the PrimeFaces message shown next to the input {@code id}. */
    public String messageBeside(String id) {
        return browser.findElement(By.xpath("//*[@id='" + id + "']/following-sibling::*[contains(@class, 'ui-message')]"))
                .getText();
    }

    public <T> T waitFor(ExpectedCondition<T> condition) {
        // an Ajax update may replace an element between finding it and reading it
        return new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** The whole page, in a window tall enough to hold it, into target/. */
    public void screenshot(String name) throws IOException {
        Dimension window = browser.manage().window().getSize();
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(window.getWidth(), (int) height + 120));
        Files.write(Path.of("target", name), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(window);
    }
}
