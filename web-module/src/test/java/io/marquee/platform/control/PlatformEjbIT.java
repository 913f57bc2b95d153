package io.marquee.platform.control;

import io.marquee.organiser.control.Organisers;
import io.marquee.organiser.entity.Organiser;
import io.marquee.platform.entity.ApiScope;
import io.marquee.platform.entity.ConsoleRole;
import io.marquee.platform.entity.OrganiserAccess;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * In the container: the EJBs' transactions, security and the audit interceptor, called directly
 * (no HTTP in between), on the real WAR deployed to Payara Micro by Arquillian.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformEjbIT {

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("marquee.war")))
                .addAsLibrary(new File(Assertions.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }

    @Inject
    Organisers organisers;

    @Inject
    ConsoleUsers users;

    @Inject
    ApiKeys keys;

    @Inject
    AuditLog auditLog;

    @PersistenceContext
    EntityManager em;

    @Test
    void theSchemaIsMigratedBeforeTheApplicationUsesIt() {
        assertThat(em.createNativeQuery("select count(*) from flyway_schema_history where success").getSingleResult())
                .isNotEqualTo(0L);
        assertThat(organisers.visible(OrganiserAccess.all())).extracting(Organiser::getSlug).contains("northern-lights");
    }

    @Test
    void anAuditedChangeRecordsTheSystemAsActorWithBeforeAndAfter() {
        Organiser organiser = organisers.create("In-container " + UUID.randomUUID(), "ic-" + UUID.randomUUID(),
                "old@example.com", "UTC");
        organisers.changeContact(OrganiserAccess.all(), organiser.getId(), "new@example.com");

        var entry = em.createQuery("select a from AuditEntry a where a.subjectId = :id and a.action = :action",
                        io.marquee.platform.entity.AuditEntry.class)
                .setParameter("id", String.valueOf(organiser.getId()))
                .setParameter("action", "organiser.contact-changed").getSingleResult();
        assertThat(entry.getActor()).isEqualTo("system");
        assertThat(entry.getBeforeState()).contains("old@example.com");
        assertThat(entry.getAfterState()).contains("new@example.com");
    }

    @Test
    void aRefusedChangeLeavesNeitherTheChangeNorAnAuditEntry() {
        long auditBefore = auditCount();
        assertThatThrownBy(() -> users.bootstrap("admin", "long-enough-password".toCharArray(), ConsoleRole.PLATFORM_ADMIN, null))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).violations().get(0).field()).isEqualTo("username"));
        assertThat(auditCount()).isEqualTo(auditBefore);
    }

    @Test
    void onlyAPlatformAdminMayIssueKeys() {
        assertThatThrownBy(() -> keys.issue(1L, "sneaky", Set.of(ApiScope.ORGANISERS_READ)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> auditLog.latest(10)).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aKeyWithTheRightPrefixButAWrongSecretProvesNothing() {
        String prefix = (String) em.createNativeQuery("select prefix from api_key limit 1").getResultStream()
                .findFirst().orElse("00000000");
        assertThat(keys.authenticate("mq_" + prefix + "_wrong-secret")).isEmpty();
        assertThat(keys.authenticate("not a key")).isEmpty();
    }

    @Test
    void passwordsAreStoredAsPbkdf2Hashes() {
        String hash = (String) em.createNativeQuery("select password_hash from console_user where username = 'admin'")
                .getSingleResult();
        assertThat(hash).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain("test-admin-password");
        assertThat(users.login("admin", "test-admin-password".toCharArray()).accepted()).isTrue();
    }

    private long auditCount() {
        return (Long) em.createNativeQuery("select count(*) from audit_entry").getSingleResult();
    }
}
