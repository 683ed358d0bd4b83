package fr.gouv.hubee.it;

import fr.gouv.hubee.domain.model.audit.AuditType;
import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.dossier.Event;
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
        return em.createNativeQuery("select version from flyway_schema_history where success and type = 'SQL' order by installed_rank")
                .getResultList();
    }

    public String databaseProduct() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        }
    }

    /** A dossier of a recipient (by SIRET) and démarche in an API status, with a file still there. */
    public UUID dossierId(String recipientSiret, String procedureCode, CaseStatus status) {
        // Contents past their retention are purged in the demo data: tests take live ones.
        return demoDossier(recipientSiret, procedureCode, status, "exists (select a.id from Dossier d2 join d2.attachments a"
                + " where d2 = d and a.status = fr.gouv.hubee.domain.model.dossier.AttachmentStatus.RECEIVED)");
    }

    /** A dossier of the demo whose every attachment was purged (past its retention). */
    public UUID purgedDossierId(String recipientSiret, String procedureCode, CaseStatus status) {
        return demoDossier(recipientSiret, procedureCode, status, "exists (select a.id from Dossier d2 join d2.attachments a"
                + " where d2 = d) and not exists (select a.id from Dossier d3 join d3.attachments a where d3 = d"
                + " and a.status <> fr.gouv.hubee.domain.model.dossier.AttachmentStatus.DELETED)");
    }

    private UUID demoDossier(String recipientSiret, String procedureCode, CaseStatus status, String attachments) {
        return em.createQuery("select d.id from Dossier d where d.recipient.siret = :siret"
                        + " and d.procedure.code = :code and d.status = :status and " + attachments
                        + " order by d.externalId", UUID.class)
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
            // Created that much earlier, so expiring that much earlier too.
            em.createQuery("update OneTimeToken t set t.expiresAt = :at, t.createdAt = :created where t.id = :id")
                    .setParameter("at", token.getExpiresAt().minus(Duration.ofHours(hours)))
                    .setParameter("created", token.getCreatedAt().minus(Duration.ofHours(hours)))
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

    /** An audit entry about that account written at {@code at} (to try the retention purge on old entries). */
    public void auditAt(String email, AuditType type, java.time.Instant at, String detail) {
        fr.gouv.hubee.domain.model.user.User user = em.createQuery("select u from User u where u.emailKey = :e",
                fr.gouv.hubee.domain.model.user.User.class).setParameter("e", email.toLowerCase()).getSingleResult();
        em.persist(new fr.gouv.hubee.domain.model.audit.AuditEntry(at, user, type, "10.0.0.1", detail));
    }

    /** The main phone number stored for that account. */
    public String phoneOf(String email) {
        return em.createQuery("select u.phone from User u where u.emailKey = :e", String.class)
                .setParameter("e", email.toLowerCase()).getSingleResult();
    }

    /** The details of that account's audit entries, oldest first. */
    public List<String> auditDetails(String email) {
        return em.createQuery("select a.detail from AuditEntry a where a.user.emailKey = :e order by a.at", String.class)
                .setParameter("e", email.toLowerCase()).getResultList();
    }

    /** The subjects and texts of the mails queued for that address, oldest first ("subject\ntext"). */
    public List<String> outbox(String email) {
        return em.createQuery("select m from OutgoingMail m where lower(m.recipient) = :e order by m.createdAt",
                        fr.gouv.hubee.domain.model.mail.OutgoingMail.class)
                .setParameter("e", email.toLowerCase()).getResultList().stream()
                .map(m -> m.getSubject() + "\n" + m.getTextBody()).toList();
    }

    public int failedAttempts(String email) {
        User user = user(email);
        em.refresh(user);
        return user.getFailedAttempts();
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

    public String siret(UUID organizationId) {
        return em.find(fr.gouv.hubee.domain.model.organization.Organization.class, organizationId).getSiret();
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

    @jakarta.inject.Inject
    Fixtures fixtures;

    /** A folder of one case for the SI {@code siret}, transmitted at {@code at}, with a stored PDF if asked. */
    public String newDossier(String siret, String procedureCode, Instant at, boolean withAttachment) {
        Dossier dossier = fixtures.sent(procedureId(procedureCode), organizationId(siret),
                new fr.gouv.hubee.domain.model.dossier.Applicant("Jeanne", "TEST", "jeanne.test@courriel.test"),
                withAttachment ? 1 : 0, at);
        return dossier.getId() + " " + dossier.getExternalId();
    }

    public void setNotifications(String siret, String procedureCode, fr.gouv.hubee.domain.model.subscription.NotificationFrequency frequency,
                                 String email) {
        em.find(fr.gouv.hubee.domain.model.subscription.Subscription.class, subscriptionId(siret, procedureCode))
                .configureNotifications(frequency, email);
    }

    public void setPasswordChangedAt(String email, Instant at) {
        user(email).changePasswordHash(user(email).getPasswordHash(), at);
    }

    public void setLastLogin(String email, Instant at) {
        user(email).recordLogin(at);
    }

    public boolean isActive(String email) {
        return user(email).isActive();
    }

    /** A status change by the operator at {@code at}, with its event in the history. */
    public void setStatus(UUID dossierId, CaseStatus status, Instant at) {
        lifecycle.replay(em.find(Dossier.class, dossierId), fr.gouv.hubee.domain.model.dossier.Actor.software(
                fr.gouv.hubee.domain.model.dossier.Side.OPERATOR, null, null), status, at);
    }

    @jakarta.inject.Inject
    fr.gouv.hubee.application.dossier.DossierLifecycle lifecycle;

    /** Sets an activation date as the portal would, as of {@code today}. */
    public void scheduleActivation(String siret, String procedureCode, java.time.LocalDate date, java.time.LocalDate today) {
        em.find(fr.gouv.hubee.domain.model.subscription.Subscription.class, subscriptionId(siret, procedureCode))
                .activateFrom(date, today);
    }

    public String subscriptionStatus(String siret, String procedureCode) {
        return em.find(fr.gouv.hubee.domain.model.subscription.Subscription.class, subscriptionId(siret, procedureCode))
                .getStatus().name();
    }

    public void changedByOperator(UUID dossierId, Instant at) {
        em.find(Dossier.class, dossierId).changedByOperator(at);
    }

    /** The dossier's attachment statuses and how many content chunks remain: {@code DELETED;0}. */
    public String attachments(UUID dossierId) throws SQLException {
        Dossier dossier = em.find(Dossier.class, dossierId);
        em.refresh(dossier);
        String statuses = dossier.getAttachments().stream().map(a -> a.getStatus().name()).sorted()
                .collect(java.util.stream.Collectors.joining(","));
        long chunks = 0;
        try (Connection c = dataSource.getConnection(); var st = c.prepareStatement(
                "select count(*) from attachment_chunk ch join dossier_attachment da on da.attachment_id = ch.attachment_id"
                        + " where da.dossier_id = ?")) {
            st.setObject(1, dossierId);
            try (var rs = st.executeQuery()) {
                rs.next();
                chunks = rs.getLong(1);
            }
        }
        return statuses + ";" + chunks + ";events=" + events(dossierId).size();
    }

    public long pendingMails(String email) {
        return em.createQuery("select count(m) from OutgoingMail m where lower(m.recipient) = :e and m.sentAt is null", Long.class)
                .setParameter("e", email.toLowerCase()).getSingleResult();
    }

    public List<UUID> unsentMails() {
        return em.createQuery("select m.id from OutgoingMail m where m.sentAt is null", UUID.class).getResultList();
    }

    public int tokenCount(String email) {
        return em.createQuery("select count(t) from OneTimeToken t where t.user.emailKey = :e", Long.class)
                .setParameter("e", email.toLowerCase()).getSingleResult().intValue();
    }

    /** Persistent timers of a bean in WildFly's database timer store (the application's database). */
    public long storedTimers(String beanName) {
        return ((Number) em.createNativeQuery("select count(*) from jboss_ejb_timer where timed_object_id like ?1")
                .setParameter(1, "%" + beanName).getSingleResult()).longValue();
    }

    public long countOrganizations(List<String> sirets) {
        return em.createQuery("select count(o) from Organization o where o.siret in :s", Long.class)
                .setParameter("s", sirets).getSingleResult();
    }

    public long countProcedures(List<String> codes) {
        return em.createQuery("select count(p) from Procedure p where p.code in :c", Long.class)
                .setParameter("c", codes).getSingleResult();
    }

    public long countSubscriptions(List<String> sirets) {
        return em.createQuery("select count(s) from Subscription s where s.organization.siret in :s", Long.class)
                .setParameter("s", sirets).getSingleResult();
    }

    /**
     * An SI organisation (created if absent) holding a subscription to the démarche in API mode
     * with the given credentials: activated today when {@code active}, else suspended.
     */
    public void apiSubscriber(String siret, String branchCode, String procedureCode, String clientId, String secret,
                              boolean active) {
        var type = fr.gouv.hubee.domain.model.organization.OrganizationType.SI;
        var org = em.createQuery("select o from Organization o where o.siret = :s and o.branchCode = :b and o.type = :t",
                        fr.gouv.hubee.domain.model.organization.Organization.class)
                .setParameter("s", siret).setParameter("b", branchCode).setParameter("t", type)
                .getResultStream().findFirst().orElse(null);
        if (org == null) {
            org = new fr.gouv.hubee.domain.model.organization.Organization(type, siret, branchCode, "COMMUNE TEST " + branchCode);
            em.persist(org);
        }
        var procedure = em.createQuery("select p from Procedure p where p.code = :c",
                fr.gouv.hubee.domain.model.procedure.Procedure.class).setParameter("c", procedureCode).getSingleResult();
        var subscription = em.createQuery("select s from Subscription s where s.organization = :o and s.procedure = :p",
                        fr.gouv.hubee.domain.model.subscription.Subscription.class)
                .setParameter("o", org).setParameter("p", procedure).getResultStream().findFirst().orElse(null);
        if (subscription == null) {
            subscription = new fr.gouv.hubee.domain.model.subscription.Subscription(org, procedure, 99L, Instant.now());
            em.persist(subscription);
        }
        if (subscription.getLocalAdministrator() == null) {
            // As DataPass creates every subscription: with its local administrator.
            String email = "admin-" + branchCode + "@commune-" + branchCode + ".test";
            var admin = em.createQuery("select u from User u where u.emailKey = :e", fr.gouv.hubee.domain.model.user.User.class)
                    .setParameter("e", email).getResultStream().findFirst().orElse(null);
            if (admin == null) {
                var type2 = fr.gouv.hubee.domain.model.user.ActorType.LOCAL_ADMIN;
                admin = new fr.gouv.hubee.domain.model.user.User(org, email, "Admin", "COMMUNE " + branchCode, type2,
                        fr.gouv.hubee.domain.rules.DefaultRoles.of(type2));
                em.persist(admin);
            }
            subscription.setLocalAdministrator(admin);
        }
        subscription.switchAccessMode(fr.gouv.hubee.domain.model.subscription.AccessMode.API);
        subscription.assignApiCredentials(clientId, fr.gouv.hubee.application.security.Secrets.sha256(secret));
        subscription.configureNotifications(fr.gouv.hubee.domain.model.subscription.NotificationFrequency.NONE, null);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        subscription.activateFrom(today, today);
        if (!active) {
            subscription.suspend(today);
        }
    }

    public long foldersWithExternalId(String externalId) {
        return em.createQuery("select count(f) from Folder f where f.externalId = :e", Long.class)
                .setParameter("e", externalId).getSingleResult();
    }

    public String caseStatus(UUID dossierId) {
        return em.find(Dossier.class, dossierId).getStatus().name();
    }
}
