package fr.gouv.hubee.infrastructure.persistence;

import fr.gouv.hubee.domain.model.audit.AuditEntry;
import fr.gouv.hubee.domain.model.audit.AuditType;
import fr.gouv.hubee.domain.model.user.User;
import fr.gouv.hubee.infrastructure.security.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** Writes security audit entries in the caller's transaction, and purges them when their time is over. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "hubee")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ClientAddress clientAddress;

    public void record(AuditType type, User user, String ip) {
        record(type, user, ip, null);
    }

    /** {@code ip} null: the current request's address, if any. */
    public void record(AuditType type, User user, String ip, String detail) {
        // The column holds 255 characters: a long detail (rights before → after) is cut, not refused.
        String fitted = detail != null && detail.length() > 255 ? detail.substring(0, 254) + "…" : detail;
        em.persist(new AuditEntry(clock.instant(), user, type, ip != null ? ip : requestAddress(), fitted));
    }

    private String requestAddress() {
        try {
            return clientAddress.get();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    /** Deletes the entries of {@code types} written before {@code before}; returns how many. */
    public int purge(java.util.Collection<AuditType> types, java.time.Instant before) {
        return em.createQuery("delete from AuditEntry e where e.type in :types and e.at < :before")
                .setParameter("types", types).setParameter("before", before).executeUpdate();
    }

    /**
     * One page of the journal, newest first: entries of the given types (all when empty), written
     * in [from, to), about users of {@code organizationId} when not null. Counted in the database.
     */
    public java.util.List<AuditEntry> page(AuditQuery query, int first, int max) {
        return query.bind(em.createQuery("select e from AuditEntry e left join fetch e.user " + query.where()
                + " order by e.at desc, e.id", AuditEntry.class)).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(AuditQuery query) {
        return query.bind(em.createQuery("select count(e) from AuditEntry e " + query.where(), Long.class))
                .getSingleResult();
    }

    /** The journal's filters, as JPQL conditions with their parameters (only those that are set). */
    public record AuditQuery(java.util.Set<AuditType> types, java.util.UUID organizationId,
                             java.time.Instant from, java.time.Instant to) {

        String where() {
            java.util.List<String> conditions = new java.util.ArrayList<>();
            if (!types.isEmpty()) {
                conditions.add("e.type in :types");
            }
            if (organizationId != null) {
                conditions.add("e.user.organization.id = :organization");
            }
            if (from != null) {
                conditions.add("e.at >= :from");
            }
            if (to != null) {
                conditions.add("e.at < :to");
            }
            return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
        }

        <Q extends jakarta.persistence.TypedQuery<?>> Q bind(Q query) {
            if (!types.isEmpty()) {
                query.setParameter("types", types);
            }
            if (organizationId != null) {
                query.setParameter("organization", organizationId);
            }
            if (from != null) {
                query.setParameter("from", from);
            }
            if (to != null) {
                query.setParameter("to", to);
            }
            return query;
        }
    }
}
