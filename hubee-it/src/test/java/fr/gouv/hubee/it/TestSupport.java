package fr.gouv.hubee.it;

import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.event.Event;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
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
        return em.createNativeQuery("select version from flyway_schema_history where success order by installed_rank")
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

    public long countDossiers(String recipientSiret, List<String> procedureCodes) {
        return em.createQuery("select count(d) from Dossier d where d.recipient.siret = :siret"
                        + " and d.procedure.code in :codes", Long.class)
                .setParameter("siret", recipientSiret).setParameter("codes", procedureCodes).getSingleResult();
    }
}
