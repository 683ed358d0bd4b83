package fr.gouv.hubee.infrastructure.persistence;

import fr.gouv.hubee.domain.model.event.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Notifications: what awaits each organisation until its software deletes it. */
@ApplicationScoped
public class NotificationRepository {

    @PersistenceContext(unitName = "hubee")
    EntityManager em;

    public void add(Notification notification) {
        em.persist(notification);
    }

    public Optional<Notification> find(UUID id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    public void remove(Notification notification) {
        em.remove(notification);
    }

    /**
     * Notifications of a recipient (optionally one démarche), oldest first, in one query with
     * what {@code eventDetails} adds: rows of id, recipient (type, siret, branch), transmitter
     * (type, siret, branch), démarche code, case id, event id, date, event type, event status.
     * Native SQL: a JPQL report query cannot answer a null UUID (event of a new-case notification).
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> notifications(UUID recipientId, UUID procedureId, Collection<String> codes,
                                        Collection<String> onlyCodes, boolean excludeOnlyCodes, int max) {
        StringBuilder sql = new StringBuilder("select n.id, r.type, r.siret, r.branch_code, t.type, t.siret,"
                + " t.branch_code, p.code, n.dossier_id, n.event_id, n.created_at, e.action_type, e.status"
                + " from notification n join organization r on r.id = n.recipient_id"
                + " join organization t on t.id = n.transmitter_id join procedure p on p.id = n.procedure_id"
                + " left join event e on e.id = n.event_id where n.recipient_id = ?");
        List<Object> params = new java.util.ArrayList<>();
        params.add(recipientId);
        if (procedureId != null) {
            sql.append(" and n.procedure_id = ?");
            params.add(procedureId);
        }
        if (!codes.isEmpty()) {
            sql.append(" and p.code in (").append(String.join(",", java.util.Collections.nCopies(codes.size(), "?"))).append(')');
            params.addAll(codes);
        }
        if (!onlyCodes.isEmpty()) {
            sql.append(excludeOnlyCodes ? " and p.code not in (" : " and p.code in (")
                    .append(String.join(",", java.util.Collections.nCopies(onlyCodes.size(), "?"))).append(')');
            params.addAll(onlyCodes);
        }
        sql.append(" order by n.created_at, n.id");
        jakarta.persistence.Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query.setMaxResults(max).getResultList();
    }
}
