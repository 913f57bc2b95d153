package io.marquee.media.boundary;

import io.marquee.testing.BrowserTest;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * VOD upload in the console, in a real headless browser: the organiser picks the demo event and a
 * video file; the browser PUTs it straight to the test server's S3 (s3proxy, which checks the
 * signature, the signed type and length, and answers CORS for the console's origin) with a
 * progress bar; the server checks it and attaches it. Files of the wrong type or over the limit
 * are refused before anything is sent (and by the server when a page is bypassed); an upload that
 * never arrives stays pending.
 */
class RecordingsConsoleIT extends BrowserTest {

    private static final String DEMO_EVENT = "Aurora Sessions";
    private static final long TWENTY_MB = 20L * 1024 * 1024;

    @BeforeEach
    void openRecordings() {
        pages.logIn(SystemUnderTest.ORGANISER, SystemUnderTest.ORGANISER_PASSWORD);
        browser.findElement(By.id("navRecordings")).click();
        pages.waitFor(ExpectedConditions.titleContains("Recordings"));
    }

    @Test
    void theOrganiserUploadsATwentyMegabyteVideoWithProgressAndSeesItAttachedToTheEvent() throws IOException {
        String name = "aurora-" + UUID.randomUUID().toString().substring(0, 8) + ".mp4";
        Path video = file(name, TWENTY_MB);
        chooseDemoEvent();

        // every value the progress bar is given, in order
        browser.executeScript("var bar = PF('vodProgress'), set = bar.setValue; window.mqProgress = [];"
                + "bar.setValue = function (value) { window.mqProgress.push(value); return set.apply(bar, arguments); };");
        browser.findElement(By.id("vodFile")).sendKeys(video.toString());
        browser.findElement(By.id("recordings:upload")).click();

        new WebDriverWait(browser, Duration.ofSeconds(120)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("vodStatus"), "is uploaded and attached"));
        assertThat(browser.findElement(By.cssSelector("#recordings\\:vodProgress .ui-progressbar-label")).getText())
                .isEqualTo("100%");
        assertThat(pages.text("vodTransferred")).isEqualTo("20.0 of 20.0 MB");
        List<Long> progress = ((List<?>) browser.executeScript("return window.mqProgress")).stream()
                .map(value -> ((Number) value).longValue()).toList();
        assertThat(progress).as("from 0 to 100 as the upload went").startsWith(0L).endsWith(100L).isSorted();
        assertThat(pages.text("messages")).contains(name + " is attached to " + DEMO_EVENT);
        assertThat(pages.text("recordings:recordingTable")).contains(name, "Event: " + DEMO_EVENT, "20.0 MB", "attached");
        assertThat(PartnerFixture.count(sut, "select count(*) from media_recording r join live_event e on e.id = r.event_id "
                + "where r.file_name = '" + name + "' and r.status = 'attached' and r.size = " + TWENTY_MB
                + " and e.title like '" + DEMO_EVENT + "%'")).isEqualTo(1);
        String key = PartnerFixture.text(sut, "select object_key from media_recording where file_name = '" + name + "'");
        assertThat(sut.serverLog().resolveSibling("s3/buckets/marquee-vod").resolve(key))
                .as("the file is in S3, byte for byte").hasSize(TWENTY_MB);
        assertThat(PartnerFixture.count(sut, "select count(*) from audit_entry where action = 'recording.checked' "
                + "and after_state::text like '%" + name + "%' and actor = '" + SystemUnderTest.ORGANISER + "'")).isEqualTo(1);
    }

    @Test
    void aRecordingIsAttachedToAProductChosenByPartOfItsTitle() throws IOException {
        String title = PartnerFixture.text(sut, "select p.title from product p join offer_template t on t.id = p.offer_template_id "
                + "join organiser o on o.id = t.organiser_id where o.slug = 'northern-lights' order by p.id limit 1");
        String name = "title-" + UUID.randomUUID().toString().substring(0, 8) + ".mkv";
        browser.findElement(By.xpath("//label[contains(., 'a product')]")).click();
        WebElement product = pages.waitFor(ExpectedConditions.elementToBeClickable(By.id("recordings:product_input")));
        product.sendKeys(title.substring(0, Math.min(title.length(), 6)));
        pages.waitFor(ExpectedConditions.elementToBeClickable(By.xpath("//li[contains(@class, 'ui-autocomplete-item')"
                + " and starts-with(@data-item-label, '" + title + " (#')]"))).click();

        browser.findElement(By.id("vodFile")).sendKeys(file(name, 1024 * 1024).toString());
        browser.findElement(By.id("recordings:upload")).click();

        pages.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("vodStatus"), "is uploaded and attached"));
        assertThat(row(name)).contains("Product: " + title, "1.0 MB", "attached");
        assertThat(PartnerFixture.count(sut, "select count(*) from media_recording r join product p on p.id = r.product_id "
                + "where r.file_name = '" + name + "' and r.status = 'attached' and r.content_type = 'video/x-matroska' "
                + "and r.object_key like 'products/%'")).isEqualTo(1);
    }

    @Test
    void aFileOfTheWrongTypeOrOverTheLimitIsRefusedBeforeAnythingIsSentAndTheServerRefusesItToo() throws IOException {
        chooseDemoEvent();
        long before = PartnerFixture.count(sut, "select count(*) from media_recording");

        browser.findElement(By.id("vodFile")).sendKeys(file("set-list.txt", 1000).toString());
        browser.findElement(By.id("recordings:upload")).click();
        pages.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("vodStatus"), "set-list.txt is not a video"));

        browser.findElement(By.id("vodFile")).sendKeys(file("too-long.mp4", SystemUnderTest.VOD_MAX_BYTES + 1).toString());
        browser.findElement(By.id("recordings:upload")).click();
        pages.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("vodStatus"), "the limit is 32.0 MB"));
        assertThat(PartnerFixture.count(sut, "select count(*) from media_recording")).as("nothing announced").isEqualTo(before);

        // a page that skips its own check: the server refuses, and nothing is written
        browser.executeScript("vodAnnounce([{name: 'fileName', value: 'forged.mp4'}, {name: 'contentType', value: 'video/mp4'},"
                + " {name: 'size', value: '" + (SystemUnderTest.VOD_MAX_BYTES + 1) + "'}])");
        pages.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("vodStatus"), "a recording has 1 to "
                + SystemUnderTest.VOD_MAX_BYTES + " bytes"));
        browser.executeScript("vodAnnounce([{name: 'fileName', value: 'forged.html'}, {name: 'contentType', value: 'text/html'},"
                + " {name: 'size', value: '1000'}])");
        pages.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("vodStatus"), "a recording is one of"));
        assertThat(PartnerFixture.count(sut, "select count(*) from media_recording")).as("nothing announced").isEqualTo(before);
    }

    @Test
    void anUploadThatNeverArrivesStaysPendingAndShowsWhenItsLinkExpired() throws IOException, SQLException {
        String name = "abandoned-" + UUID.randomUUID().toString().substring(0, 8) + ".mov";
        chooseDemoEvent();
        // the organiser closes the tab the moment the upload starts: S3 never hears of it
        browser.executeScript("var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;"
                + "XMLHttpRequest.prototype.open = function (method) { this.mqMethod = method; return open.apply(this, arguments); };"
                + "XMLHttpRequest.prototype.send = function () { if (this.mqMethod !== 'PUT') { return send.apply(this, arguments); } };");
        browser.findElement(By.id("vodFile")).sendKeys(file(name, 4096).toString());
        browser.findElement(By.id("recordings:upload")).click();
        pages.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("vodStatus"), "Uploading " + name));

        pages.open("console/media/recordings.xhtml");
        assertThat(row(name)).contains("pending upload").doesNotContain("expired");
        browser.findElement(By.xpath("//tr[contains(., '" + name + "')]//button[contains(., 'Check again')]")).click();
        pages.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Nothing has arrived"));
        assertThat(row(name)).contains("pending upload");

        try (Connection db = sut.connect(); Statement sql = db.createStatement()) {
            sql.executeUpdate("update media_recording set upload_expires_at = now() - interval '1 minute' "
                    + "where file_name = '" + name + "'");
        }
        pages.open("console/media/recordings.xhtml");
        assertThat(row(name)).contains("pending upload (link expired)");
        assertThat(PartnerFixture.count(sut, "select count(*) from media_recording where file_name = '" + name
                + "' and status = 'announced'")).isEqualTo(1);
    }

    /** Through the menu's widget: a click on an item of its opening panel may land mid-animation. */
    @Test
    void anotherOrganisersAdminSeesNoneOfTheseRecordingsAndCannotCheckOne() {
        chooseDemoEvent();
        browser.executeScript("vodAnnounce([{name: 'fileName', value: 'private-cut.mp4'}, {name: 'contentType', value: 'video/mp4'},"
                + " {name: 'size', value: '1000'}])");
        pages.waitFor(d -> PartnerFixture.count(sut, "select count(*) from media_recording where file_name = 'private-cut.mp4'") > 0);
        String recording = PartnerFixture.text(sut, "select max(id)::text from media_recording where file_name = 'private-cut.mp4'");
        String rival = "rival-" + UUID.randomUUID().toString().substring(0, 8);
        PartnerFixture.count(sut, "with o as (insert into organiser (name, slug) values ('Rival Live', '" + rival + "') returning id), "
                + "u as (insert into console_user (username, password_hash, role, organiser_id) select '" + rival
                + "', c.password_hash, 'organiser-admin', o.id from console_user c, o where c.username = '"
                + SystemUnderTest.ORGANISER + "' returning 1) select count(*) from u");

        pages.logIn(rival, SystemUnderTest.ORGANISER_PASSWORD);
        pages.open("console/media/recordings.xhtml");

        assertThat(pages.text("recordings:recordingTable")).contains("No recordings yet.").doesNotContain("private-cut.mp4");
        assertThat(browser.findElements(By.xpath("//li[starts-with(@data-label, '" + DEMO_EVENT + "')]")))
                .as("the demo organiser's events are not offered").isEmpty();
        browser.executeScript("vodCheck([{name: 'recordingId', value: '" + recording + "'}])");
        pages.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "not found"));
        assertThat(PartnerFixture.count(sut, "select count(*) from media_recording where id = " + recording
                + " and status = 'announced'")).isEqualTo(1);
    }

    private static void chooseDemoEvent() {
        browser.executeScript("var menu = PF('vodEvent'), options = menu.input.find('option');"
                + "for (var i = 0; i < options.length; i++) {"
                + "  if (options[i].text.indexOf(arguments[0]) === 0) { menu.selectValue(options[i].value); } }", DEMO_EVENT);
        pages.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("recordings:event_label"), DEMO_EVENT));
    }

    private static String row(String fileName) {
        return browser.findElement(By.xpath("//tr[contains(., '" + fileName + "')]")).getText();
    }

    /** A file of that many bytes (zeros: S3 checks the length and type, not the picture). */
    private static Path file(String name, long size) throws IOException {
        Path directory = Files.createDirectories(Path.of("target", "vod-uploads"));
        Path file = directory.resolve(name).toAbsolutePath();
        try (RandomAccessFile bytes = new RandomAccessFile(file.toFile(), "rw")) {
            bytes.setLength(size);
        }
        return file;
    }
}
