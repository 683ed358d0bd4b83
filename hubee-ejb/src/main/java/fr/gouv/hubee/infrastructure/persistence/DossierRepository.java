package fr.gouv.hubee.infrastructure.persistence;

import fr.gouv.hubee.domain.model.dossier.Attachment;
import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.dossier.Folder;
import fr.gouv.hubee.domain.model.dossier.PortalStatus;
import fr.gouv.hubee.domain.model.event.Event;
import fr.gouv.hubee.domain.model.event.EventActionType;
import fr.gouv.hubee.domain.model.event.Notification;
import fr.gouv.hubee.domain.model.shared.SearchKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Dossiers (cases), their folders, events and notifications. Lists page and count in SQL. */
@ApplicationScoped
public class DossierRepository {

    @PersistenceContext(unitName = "hubee")
    EntityManager em;

    public Optional<Dossier> find(UUID id) {
        return Optional.ofNullable(em.find(Dossier.class, id));
    }

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

    /** The attachments of a dossier downloaded one by one so far (ATTACH_DL events). */
    public Set<UUID> downloadedAttachmentIds(UUID dossierId) {
        return new java.util.HashSet<>(em.createQuery("select distinct e.downloaded.id from Event e"
                        + " where e.dossier.id = :dossier and e.actionType = :type", UUID.class)
                .setParameter("dossier", dossierId)
                .setParameter("type", EventActionType.ATTACH_DL)
                .getResultList());
    }

    /**
     * Every attachment of a dossier: those the operator sent with it, then those the service
     * instructeur deposited on it (ATTACH_DEPOSIT events).
     */
    public List<Attachment> attachmentsOf(Dossier dossier) {
        List<Attachment> all = new java.util.ArrayList<>(dossier.getAttachments());
        all.addAll(em.createQuery("select a from Attachment a where a.event.dossier.id = :dossier"
                        + " order by a.createdAt", Attachment.class)
                .setParameter("dossier", dossier.getId())
                .getResultList());
        return all;
    }

    public Optional<Attachment> findAttachment(UUID id) {
        return Optional.ofNullable(em.find(Attachment.class, id));
    }

    public void flush() {
        em.flush();
    }

    /** A dossier's history, most recent first. */
    public List<Event> eventsOf(UUID dossierId) {
        return em.createQuery("select e from Event e where e.dossier.id = :dossier"
                        + " order by e.createdAt desc, e.id", Event.class)
                .setParameter("dossier", dossierId)
                .getResultList();
    }

    public void add(Folder folder) {
        em.persist(folder);
    }

    public void add(Event event) {
        em.persist(event);
    }

    public void add(Notification notification) {
        em.persist(notification);
    }
}
