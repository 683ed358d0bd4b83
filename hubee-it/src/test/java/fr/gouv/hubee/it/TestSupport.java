package fr.gouv.hubee.it;

import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.audit.AuditType;
import fr.gouv.hubee.domain.model.event.Event;
import fr.gouv.hubee.domain.model.token.OneTimeToken;
import fr.gouv.hubee.domain.model.token.TokenPurpose;
import fr.gouv.hubee.domain.model.user.User;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Direct database reads for the in-container tests (what the services do not expose). */
@ApplicationScoped
@Transactional
public class TestSupport {

    @PersistenceContext(unitName = "hubee")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/HubeeDS")
    DataSource dataSource;

    public String entityManagerFactoryClass() {
        return em.getEntityManagerFactory().getClass().getName();
    }

    public String entityManagerDelegateClass() {
        return em.getDelegate().getClass().getName();
    }

    @SuppressWarnings("unchecked")
    public List<String> appliedMigrations() {
        return em.createNativeQuery("select version from flyway_schema_history where success and version is not null order by installed_rank")
                .getResultList();
    }

    public String databaseProduct() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        }
    }

    /** A dossier of a recipient (by SIRET) and démarche in an API status. */
    public UUID dossierId(String recipientSiret, String procedureCode, CaseStatus status) {
        return em.createQuery("select d.id from Dossier d where d.recipient.siret = :siret"
                        + " and d.procedure.code = :code and d.status = :status order by d.externalId", UUID.class)
                .setParameter("siret", recipientSiret)
                .setParameter("code", procedureCode)
                .setParameter("status", status)
                .setMaxResults(1)
                .getSingleResult();
    }

    public Dossier dossier(UUID id) {
        return em.find(Dossier.class, id);
    }

    public List<Event> events(UUID dossierId) {
        return em.createQuery("select e from Event e where e.dossier.id = :id order by e.createdAt desc", Event.class)
                .setParameter("id", dossierId).getResultList();
    }

    public long notificationsFor(UUID dossierId, String recipientCode) {
        return em.createQuery("select count(n) from Notification n where n.dossier.id = :id"
                        + " and n.recipient.code = :code", Long.class)
                .setParameter("id", dossierId).setParameter("code", recipientCode).getSingleResult();
    }

    public long count(String entity) {
        return em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult();
    }

    /** Moves a user's tokens of a purpose into the past, as if issued {@code hours} earlier. */
    public int ageTokens(String email, TokenPurpose purpose, long hours) {
        List<OneTimeToken> tokens = em.createQuery("select t from OneTimeToken t where t.user.emailKey = :e"
                        + " and t.purpose = :p", OneTimeToken.class)
                .setParameter("e", email.toLowerCase()).setParameter("p", purpose).getResultList();
        for (OneTimeToken token : tokens) {
            em.createQuery("update OneTimeToken t set t.expiresAt = :at where t.id = :id")
                    .setParameter("at", token.getExpiresAt().minus(Duration.ofHours(hours)))
                    .setParameter("id", token.getId()).executeUpdate();
        }
        return tokens.size();
    }

    /** Dates a user's password 7 months back: past the 6-month expiry. */
    public void expirePassword(String email) {
        user(email).changePasswordHash(user(email).getPasswordHash(), Instant.now().minus(Duration.ofDays(213)));
    }

    public void setRoles(String email, java.util.Set<fr.gouv.hubee.domain.model.user.Role> roles) {
        user(email).changeRoles(roles);
    }

    /** As if the operator had just sent a new case: the dossier is Nouveau again, transmitted now. */
    public void renotify(UUID dossierId) {
        em.find(Dossier.class, dossierId).transmit(Instant.now());
    }

    public void setPassword(String email, String password) {
        user(email).changePasswordHash(fr.gouv.hubee.application.security.PasswordHasher.hash(password.toCharArray()),
                Instant.now());
    }

    public void deactivate(String email) {
        user(email).deactivate();
    }

    public List<String> auditTypes(String email) {
        return em.createQuery("select a.type from AuditEntry a where a.user.emailKey = :e order by a.at", AuditType.class)
                .setParameter("e", email.toLowerCase()).getResultList().stream().map(Enum::name).toList();
    }

    public long outboxCount(String email) {
        return em.createQuery("select count(m) from OutgoingMail m where lower(m.recipient) = :e", Long.class)
                .setParameter("e", email.toLowerCase()).getSingleResult();
    }

    public UUID procedureId(String code) {
        return em.createQuery("select p.id from Procedure p where p.code = :c", UUID.class)
                .setParameter("c", code).getSingleResult();
    }

    private User user(String email) {
        return em.createQuery("select u from User u where u.emailKey = :e", User.class)
                .setParameter("e", email.toLowerCase()).getSingleResult();
    }

    public long countDossiers(String recipientSiret, List<String> procedureCodes) {
        return em.createQuery("select count(d) from Dossier d where d.recipient.siret = :siret"
                        + " and d.procedure.code in :codes", Long.class)
                .setParameter("siret", recipientSiret).setParameter("codes", procedureCodes).getSingleResult();
    }

    public UUID organizationId(String siret) {
        return em.createQuery("select o.id from Organization o where o.siret = :s and o.type = :t", UUID.class)
                .setParameter("s", siret).setParameter("t", fr.gouv.hubee.domain.model.organization.OrganizationType.SI)
                .getSingleResult();
    }

    public UUID subscriptionId(String siret, String procedureCode) {
        return em.createQuery("select s.id from Subscription s where s.organization.siret = :s"
                        + " and s.procedure.code = :c", UUID.class)
                .setParameter("s", siret).setParameter("c", procedureCode).getSingleResult();
    }

    public UUID userId(String email) {
        return user(email).getId();
    }

    public String apiSecretHash(UUID subscriptionId) {
        return em.find(fr.gouv.hubee.domain.model.subscription.Subscription.class, subscriptionId).getApiSecretHash();
    }
}
