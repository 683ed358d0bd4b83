package fr.gouv.hubee.infrastructure.persistence;

import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.dossier.PortalStatus;
import fr.gouv.hubee.domain.model.shared.SearchKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The portal's list of télédossiers, a read model of the dossier aggregate: tabs' counts, one
 * page of rows and its total, filtered, sorted, paged and counted in SQL.
 */
@ApplicationScoped
public class DossierListing {

    @PersistenceContext(unitName = "hubee")
    EntityManager em;

    /**
     * Number of dossiers per portal status (the tabs' counts) under the query's other filters,
     * in one GROUP BY.
     */
    public Map<PortalStatus, Long> countByPortalStatus(DossierQuery q) {
        Map<PortalStatus, Long> counts = new EnumMap<>(PortalStatus.class);
        for (PortalStatus status : PortalStatus.values()) {
            counts.put(status, 0L);
        }
        if (q.visibleProcedures().map(Set::isEmpty).orElse(false)) {
            return counts;
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(q.withoutStatus(), params);
        TypedQuery<Object[]> query = em.createQuery("select d.status, count(d) from Dossier d where " + where
                + " group by d.status", Object[].class);
        params.forEach(query::setParameter);
        for (Object[] row : query.getResultList()) {
            counts.merge(((CaseStatus) row[0]).portalStatus(), (Long) row[1], Long::sum);
        }
        return counts;
    }

    /**
     * One page of the list as rows, not entities: one statement joining the démarche, where
     * loading Dossier entities would also load each row's folder (one statement per row).
     */
    public List<DossierRow> list(DossierQuery q) {
        if (q.visibleProcedures().map(Set::isEmpty).orElse(false)) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(q, params);
        TypedQuery<DossierRow> query = em.createQuery("select new " + DossierRow.class.getName()
                + "(d.id, d.externalId, d.status, p.code, p.label, d.applicantDisplay, d.transmittedAt, d.updatedAt,"
                + " d.updatedBy) from Dossier d join d.procedure p where " + where
                + " order by " + q.sort().orderBy() + ", d.id", DossierRow.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(q.first()).setMaxResults(q.max()).getResultList();
    }

    public long count(DossierQuery q) {
        if (q.visibleProcedures().map(Set::isEmpty).orElse(false)) {
            return 0;
        }
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(d) from Dossier d where " + where(q, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(DossierQuery q, Map<String, Object> params) {
        // A case reaches its recipient once the operator completed the folder (transmittedAt set).
        StringBuilder where = new StringBuilder("d.recipient.id = :recipient and d.transmittedAt is not null");
        params.put("recipient", q.recipientId());
        q.visibleProcedures().ifPresent(visible -> {
            where.append(" and d.procedure.id in :visible");
            params.put("visible", visible);
        });
        if (q.status() != null) {
            where.append(" and d.status in :statuses");
            params.put("statuses", q.status().caseStatuses());
        }
        if (!q.procedures().isEmpty()) {
            where.append(" and d.procedure.id in :procedures");
            params.put("procedures", q.procedures());
        }
        if (q.transmittedFrom() != null) {
            where.append(" and d.transmittedAt >= :from");
            params.put("from", q.transmittedFrom());
        }
        if (q.transmittedBefore() != null) {
            where.append(" and d.transmittedAt < :before");
            params.put("before", q.transmittedBefore());
        }
        if (q.search() != null && !q.search().isBlank()) {
            where.append(" and (d.searchName like :search escape '\\' or d.searchNumber like :search escape '\\')");
            params.put("search", "%" + escapeLike(SearchKey.of(q.search())) + "%");
        }
        return where.toString();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
