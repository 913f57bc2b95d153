package io.marquee.organiser.boundary;

import io.marquee.testing.BrowserTest;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisers in the console: an organiser admin brands their organiser (colours, logo) but only
 * reads the platform fee; a platform admin sets another organiser's fee. The logo is served as
 * the image it is.
 */
class OrganisersConsoleIT extends BrowserTest {

    @Test
    void anOrganiserAdminBrandsTheirOrganiserAndReadsTheFee() throws Exception {
        pages.logIn(SystemUnderTest.ORGANISER, SystemUnderTest.ORGANISER_PASSWORD);
        pages.open("console/organisers/organisers.xhtml");
        assertThat(pages.text("choose:organiserTable")).contains("Northern Lights Live", "11 %");
        assertThat(browser.findElement(By.id("fee:feePercent")).getAttribute("readonly")).isNotNull();
        assertThat(browser.findElements(By.id("fee:save"))).as("the fee is the platform's to set").isEmpty();

        pages.type("branding:brandColor", "#12345g");
        pages.submit("branding:save");
        assertThat(pages.messageBeside("branding:brandColor")).contains("a colour is written #rrggbb");
        pages.type("branding:brandColor", "#0B3D2E");
        pages.submit("branding:save");
        assertThat(pages.text("messages")).contains("Saved the branding");
        assertThat(PartnerFixture.text(sut, "select brand_color from organiser where slug = 'northern-lights'"))
                .isEqualTo("#0b3d2e");

        Path fake = Files.writeString(Files.createTempFile("logo", ".png"), "<html><script>alert(1)</script>",
                StandardCharsets.UTF_8);
        browser.findElement(By.id("logoForm:logo_input")).sendKeys(fake.toString());
        pages.submit("logoForm:upload");
        assertThat(pages.messageBeside("logoForm:logo")).contains("not the image/png image it says it is");

        Path png = Files.createTempFile("logo", ".png");
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        browser.findElement(By.id("logoForm:logo_input")).sendKeys(png.toString());
        pages.submit("logoForm:upload");
        assertThat(pages.text("messages")).contains("The new logo of Northern Lights Live");
        String logo = browser.findElement(By.id("logoPreview")).getAttribute("src");

        HttpResponse<byte[]> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(logo)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(served.body()).isEqualTo(Files.readAllBytes(png));
    }

    @Test
    void aPlatformAdminSetsAnotherOrganisersFee() throws IOException {
        String slug = "fee-" + UUID.randomUUID().toString().substring(0, 8);
        PartnerFixture.text(sut, "insert into organiser (name, slug, time_zone) values ('Fee Test " + slug + "', '"
                + slug + "', 'UTC') returning id");
        pages.logIn(SystemUnderTest.ADMIN, SystemUnderTest.ADMIN_PASSWORD);
        pages.open("console/organisers/organisers.xhtml");
        pages.submit(browser.findElement(By.linkText("Fee Test " + slug)));
        assertThat(pages.text("selectedName")).isEqualTo("Fee Test " + slug);

        pages.type("fee:feePercent", "100");
        pages.submit("fee:save");
        assertThat(pages.messageBeside("fee:feePercent")).contains("a fee rate is from 0 to below 1");
        pages.type("fee:feePercent", "12.5");
        pages.submit("fee:save");
        assertThat(pages.text("messages")).contains("is now 12.5 % of its sales");
        assertThat(PartnerFixture.text(sut, "select fee_rate from organiser where slug = '" + slug + "'")).isEqualTo("0.1250");
        assertThat(PartnerFixture.text(sut, "select fee_rate from organiser where slug = 'northern-lights'"))
                .as("the demo organiser keeps its 11%").isEqualTo("0.1100");
        pages.screenshot("console-organisers.png");
    }
}
