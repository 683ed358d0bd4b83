package fr.gouv.hubee.infrastructure.persistence;

import fr.gouv.hubee.domain.model.audit.AuditEntry;
import fr.gouv.hubee.domain.model.audit.AuditType;
import fr.gouv.hubee.domain.model.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** Writes security audit entries in the caller's transaction. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "hubee")
    EntityManager em;

    @Inject
    Clock clock;

    public void record(AuditType type, User user, String ip) {
        record(type, user, ip, null);
    }

    public void record(AuditType type, User user, String ip, String detail) {
        // The column holds 255 characters: a long detail (rights before → after) is cut, not refused.
        String fitted = detail != null && detail.length() > 255 ? detail.substring(0, 254) + "…" : detail;
        em.persist(new AuditEntry(clock.instant(), user, type, ip, fitted));
    }
}
