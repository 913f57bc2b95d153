package io.marquee.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

/** A test class that drives the shared server's pages in one headless browser, opened for the class. */
public abstract class BrowserTest {

    protected static SystemUnderTest sut;
    protected static ChromeDriver browser;
    protected static ConsolePages pages;

    @BeforeAll
    static void openBrowser() {
        sut = SystemUnderTest.get();
        browser = Browser.start();
        pages = new ConsolePages(sut, browser);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }
}
