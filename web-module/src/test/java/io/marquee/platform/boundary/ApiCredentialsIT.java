package io.marquee.platform.boundary;

import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Servers remember the credentials of keys in use; any change to a key, its scopes or its partner's
 * organisers reaches every server as its transaction commits, so none answers from a stale credential.
 * The changes here are made by SQL, as an operator might in an emergency: the console's own changes
 * go the same way.
 */
class ApiCredentialsIT {

    /** The time a change needs to travel from the commit to the server (a database notice); in practice ~1 ms. */
    private static final long PROPAGATION_MILLIS = 250;

    static SystemUnderTest sut;

    @BeforeAll
    static void server() {
        sut = SystemUnderTest.get();
    }

    @Test
    void aRevokedKeyInUseStopsWorkingAsItsRevocationCommits() {
        String key = PartnerFixture.keyFor(sut, "northern-lights", "organisers:read");
        inUse(key);
        PartnerFixture.count(sut, "with r as (update api_key set revoked_at = now() where prefix = '"
                + prefixOf(key) + "' returning 1) select count(*) from r");
        assertThat(afterChange(() -> status(key), status -> status == 401)).as("the revoked key's answer").isEqualTo(401);
    }

    @Test
    void aScopeTakenFromAKeyInUseIsRefused() {
        String key = PartnerFixture.keyFor(sut, "northern-lights", "organisers:read", "catalog:read");
        inUse(key);
        PartnerFixture.count(sut, "with d as (delete from api_key_scope where scope = 'organisers:read' and api_key_id = "
                + "(select id from api_key where prefix = '" + prefixOf(key) + "') returning 1) select count(*) from d");
        assertThat(afterChange(() -> status(key), status -> status == 403)).isEqualTo(403);
        assertThat(Http.get(sut.uri("api/v1/ping"), key).status()).as("the scope it kept").isEqualTo(200);
    }

    @Test
    void aPartnerNoLongerActingForAnOrganiserNoLongerSeesIt() {
        String key = PartnerFixture.keyFor(sut, "northern-lights", "organisers:read");
        assertThat(Http.get(sut.uri("api/v1/organisers"), key).jsonArray()).hasSize(1);
        inUse(key);
        PartnerFixture.count(sut, "with d as (delete from partner_organiser where partner_id = "
                + "(select partner_id from api_key where prefix = '" + prefixOf(key) + "') returning 1) select count(*) from d");
        assertThat(afterChange(() -> Http.get(sut.uri("api/v1/organisers"), key).jsonArray().size(), seen -> seen == 0))
                .as("organisers still listed").isZero();
    }

    @Test
    void anUnknownKeyWithAKnownPrefixIsRefusedEvenWhileTheRealOneIsInUse() {
        String key = PartnerFixture.keyFor(sut, "northern-lights", "organisers:read");
        inUse(key);
        String forged = key.substring(0, key.length() - 4) + (key.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(status(forged)).isEqualTo(401);
        assertThat(status(key)).isEqualTo(200);
    }

    @Test
    void aKeyInUseIsAnsweredFromMemoryUntilTheDatabaseAnnouncesAChange() throws SQLException {
        String key = PartnerFixture.keyFor(sut, "northern-lights", "organisers:read");
        inUse(key);
        // revoked behind the triggers' back (no notice): the server answers from memory, without reading the key
        try (Connection db = PartnerFixture.connect(sut.jdbcUrl()); Statement sql = db.createStatement()) {
            sql.execute("set session_replication_role = replica");
            sql.executeUpdate("update api_key set revoked_at = now() where prefix = '" + prefixOf(key) + "'");
        }
        assertThat(status(key)).as("answered from memory").isEqualTo(200);
        // any change announced (here: another partner's new key) makes every server read keys afresh
        PartnerFixture.keyFor(sut, null, "catalog:read");
        assertThat(afterChange(() -> status(key), status -> status == 401)).isEqualTo(401);
    }

    /** Used a few times, so its credential is remembered. */
    private static void inUse(String key) {
        for (int i = 0; i < 3; i++) {
            assertThat(status(key)).isEqualTo(200);
        }
    }

    private static int status(String key) {
        return Http.get(sut.uri("api/v1/organisers"), key).status();
    }

    /** What the server answers after a change, asking again only until the change has had time to arrive. */
    private static <T> T afterChange(Supplier<T> ask, Predicate<T> changed) {
        long deadline = System.currentTimeMillis() + PROPAGATION_MILLIS;
        T answer;
        do {
            answer = ask.get();
        } while (!changed.test(answer) && System.currentTimeMillis() < deadline);
        return answer;
    }

    private static String prefixOf(String key) {
        return key.split("_")[1];
    }
}
