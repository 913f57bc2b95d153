package io.marquee.platform.boundary;

import io.marquee.testing.ConsoleClient;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Console login, throttling, session cookies, logout and the CSRF guard on forms, over plain HTTP. */
class ConsoleLoginIT {

    static SystemUnderTest sut;

    @BeforeAll
    static void server() {
        sut = SystemUnderTest.get();
    }

    @Test
    void theConsoleRedirectsToTheLoginPageWhenNotLoggedIn() {
        HttpResponse<String> page = new ConsoleClient(sut).get("console/index.xhtml");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).contains("/login.xhtml");
    }

    @Test
    void aCorrectPasswordOpensTheConsoleWithAFreshHttpOnlySession() {
        ConsoleClient console = new ConsoleClient(sut);
        String anonymousSession = sessionCookie(console.get("login.xhtml"));

        HttpResponse<String> login = console.login(SystemUnderTest.ADMIN, SystemUnderTest.ADMIN_PASSWORD);

        assertThat(login.statusCode()).isEqualTo(302);
        String loggedInSession = sessionCookie(login);
        assertThat(loggedInSession).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(cookieValue(loggedInSession)).isNotEqualTo(cookieValue(anonymousSession));
        assertThat(console.get("console/index.xhtml").body()).contains("Logged in as <strong>admin</strong>");
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        HttpResponse<String> login = new ConsoleClient(sut).login(SystemUnderTest.ADMIN, "wrong-password-123");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Wrong username or password");
        HttpResponse<String> unknown = new ConsoleClient(sut).login("nobody-" + UUID.randomUUID(), "whatever-password");
        assertThat(unknown.body()).contains("Wrong username or password");
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        String user = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
        PartnerFixture.count(sut, "with u as (insert into console_user (username, password_hash, role) select '" + user
                + "', password_hash, 'platform-admin' from console_user where username = 'admin' returning 1) select count(*) from u");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(new ConsoleClient(sut).login(user, "not-the-password-" + attempt).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> rightPassword = new ConsoleClient(sut).login(user, SystemUnderTest.ADMIN_PASSWORD);
        assertThat(rightPassword.statusCode()).as("locked account").isEqualTo(200);
        assertThat(rightPassword.body()).contains("too many failed attempts");

        PartnerFixture.count(sut, "with u as (update console_user set locked_until = now() - interval '1 second' where username = '"
                + user + "' returning 1) select count(*) from u");
        assertThat(new ConsoleClient(sut).login(user, SystemUnderTest.ADMIN_PASSWORD).statusCode())
                .as("after the lock ends").isEqualTo(302);
    }

    @Test
    void anOrganiserAdminCannotOpenPlatformAdministration() {
        ConsoleClient console = new ConsoleClient(sut);
        assertThat(console.login(SystemUnderTest.ORGANISER, SystemUnderTest.ORGANISER_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(console.get("console/index.xhtml").statusCode()).isEqualTo(200);
        assertThat(console.get("console/admin/partners.xhtml").statusCode()).isEqualTo(403);
    }

    @Test
    void aFormPostedWithAForeignViewStateIsRefusedAndChangesNothing() {
        ConsoleClient console = new ConsoleClient(sut);
        console.login(SystemUnderTest.ADMIN, SystemUnderTest.ADMIN_PASSWORD);
        String page = console.get("console/admin/partners.xhtml").body();
        String name = "csrf-" + UUID.randomUUID();

        HttpResponse<String> forged = console.post("console/admin/partners.xhtml", partnerForm(name, "-123456789:987654321"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(PartnerFixture.count(sut, "select count(*) from partner where name = '" + name + "'")).isZero();

        HttpResponse<String> genuine = console.post("console/admin/partners.xhtml", partnerForm(name, ConsoleClient.viewState(page)));
        assertThat(genuine.statusCode()).isEqualTo(200);
        assertThat(PartnerFixture.count(sut, "select count(*) from partner where name = '" + name + "'")).isEqualTo(1);
    }

    @Test
    void logoutEndsTheSession() {
        ConsoleClient console = new ConsoleClient(sut);
        console.login(SystemUnderTest.ADMIN, SystemUnderTest.ADMIN_PASSWORD);
        String page = console.get("console/index.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("logoutForm", "logoutForm");
        form.put("logoutForm:logout", "");
        form.put("jakarta.faces.ViewState", ConsoleClient.viewState(page));

        HttpResponse<String> logout = console.post("console/index.xhtml", form);

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow()).contains("login.xhtml");
        assertThat(console.get("console/index.xhtml").statusCode()).isEqualTo(302);
    }

    private static Map<String, String> partnerForm(String name, String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("newPartner", "newPartner");
        form.put("newPartner:name", name);
        form.put("newPartner:create", "");
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    private static String cookieValue(String setCookie) {
        return setCookie.substring(0, setCookie.indexOf(';'));
    }
}
