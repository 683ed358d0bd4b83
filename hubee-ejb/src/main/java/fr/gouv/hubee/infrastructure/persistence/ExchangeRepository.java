package fr.gouv.hubee.infrastructure.persistence;

import fr.gouv.hubee.domain.model.dossier.Attachment;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.dossier.Folder;
import fr.gouv.hubee.domain.model.event.Event;
import fr.gouv.hubee.domain.model.event.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Folders, events and notifications as the API reads and writes them. */
@ApplicationScoped
public class ExchangeRepository {

    @PersistenceContext(unitName = "hubee")
    EntityManager em;

    public Optional<Folder> findFolder(UUID id) {
        return Optional.ofNullable(em.find(Folder.class, id));
    }

    public boolean folderExists(UUID operatorId, String externalId) {
        return !em.createQuery("select f.id from Folder f where f.operator.id = :operator and f.externalId = :external",
                        UUID.class)
                .setParameter("operator", operatorId).setParameter("external", externalId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public Optional<Event> findEvent(UUID id) {
        return Optional.ofNullable(em.find(Event.class, id));
    }

    public Optional<Notification> findNotification(UUID id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    /** Whether any event or notification refers to the folder's cases (then it cannot be deleted). */
    public boolean folderHasActivity(UUID folderId) {
        return !em.createQuery("select e.id from Event e where e.dossier.folder.id = :folder", UUID.class)
                .setParameter("folder", folderId).setMaxResults(1).getResultList().isEmpty()
                || !em.createQuery("select n.id from Notification n where n.dossier.folder.id = :folder", UUID.class)
                .setParameter("folder", folderId).setMaxResults(1).getResultList().isEmpty();
    }

    /** Removes a folder never completed: its case links, cases, attachments (contents first) and itself. */
    public void deleteFolder(Folder folder, AttachmentContentStore contents) {
        for (Attachment attachment : folder.getAttachments()) {
            contents.delete(attachment.getId());
        }
        em.createNativeQuery("delete from dossier_attachment where dossier_id in"
                + " (select id from dossier where folder_id = ?)").setParameter(1, folder.getId()).executeUpdate();
        for (Dossier dossier : folder.getCases()) {
            em.remove(dossier);
        }
        for (Attachment attachment : folder.getAttachments()) {
            em.remove(attachment);
        }
        em.remove(folder);
    }

    /** Removes a deposit never sent: its attachments (contents first), notifications and itself. */
    public void deleteEvent(Event event, AttachmentContentStore contents) {
        for (Attachment attachment : event.getAttachments()) {
            contents.delete(attachment.getId());
            em.remove(attachment);
        }
        em.createQuery("delete from Notification n where n.event.id = :event")
                .setParameter("event", event.getId()).executeUpdate();
        em.remove(event);
    }

    public void remove(Notification notification) {
        em.remove(notification);
    }

    /** A case's events, oldest first, without the internal comments when {@code withComments} is false. */
    public List<Event> eventsOf(UUID dossierId, boolean withComments) {
        return em.createQuery("select e from Event e where e.dossier.id = :dossier"
                        + (withComments ? "" : " and e.actionType <> fr.gouv.hubee.domain.model.event.EventActionType.COM_ADD")
                        + " order by e.createdAt, e.id", Event.class)
                .setParameter("dossier", dossierId).getResultList();
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

    /** Moves an organisation's cases of the given démarches (all when null) to another one. */
    public int migrateCases(UUID sourceId, UUID targetId, UUID procedureId, Instant now) {
        String procedureFilter = procedureId == null ? "" : " and procedure_id = ?3";
        String caseFilter = " and dossier_id in (select id from dossier where recipient_id = ?1" + procedureFilter + ")";
        update("update notification set recipient_id = ?2 where recipient_id = ?1" + caseFilter, sourceId, targetId, procedureId, null);
        update("update notification set transmitter_id = ?2 where transmitter_id = ?1" + caseFilter, sourceId, targetId, procedureId, null);
        update("update event set transmitter_id = ?2 where transmitter_id = ?1" + caseFilter, sourceId, targetId, procedureId, null);
        int moved = update("update dossier set recipient_id = ?2, updated_at = ?4, version = version + 1"
                + " where recipient_id = ?1" + procedureFilter, sourceId, targetId, procedureId, now);
        // Bulk SQL bypasses the shared cache: drop it rather than serve moved cases from before.
        em.getEntityManagerFactory().getCache().evictAll();
        return moved;
    }

    private int update(String sql, UUID source, UUID target, UUID procedure, Instant now) {
        jakarta.persistence.Query query = em.createNativeQuery(sql).setParameter(1, source).setParameter(2, target);
        if (procedure != null) {
            query.setParameter(3, procedure);
        }
        if (now != null) {
            query.setParameter(4, java.sql.Timestamp.from(now));
        }
        return query.executeUpdate();
    }

    /**
     * Whose cases a purge call covers: a recipient's démarche (SI), an operator's folders (OSL),
     * or everything (ADMIN: both ids null).
     */
    public record PurgeScope(UUID recipientId, UUID procedureId, UUID operatorId) {

        String condition(int first) {
            if (recipientId != null) {
                return "d.recipient_id = ?" + first + " and d.procedure_id = ?" + (first + 1);
            }
            return operatorId != null ? "f.operator_id = ?" + first : "1 = 1";
        }

        void bind(jakarta.persistence.Query query, int first) {
            if (recipientId != null) {
                query.setParameter(first, recipientId).setParameter(first + 1, procedureId);
            } else if (operatorId != null) {
                query.setParameter(first, operatorId);
            }
        }
    }

    /**
     * Pairs (attachment, case) whose content the hub no longer keeps (retention purge) or whose
     * case is closed, not yet reported as purged by the caller's portal: at most {@code max}.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> purgeCandidates(PurgeScope scope, int max) {
        jakarta.persistence.Query query = em.createNativeQuery("select da.attachment_id, da.dossier_id"
                + " from dossier_attachment da join dossier d on d.id = da.dossier_id"
                + " join folder f on f.id = d.folder_id join attachment a on a.id = da.attachment_id"
                + " where da.portal_purged_at is null and (a.status = 'DELETED' or d.status = 'CLOSED')"
                + " and " + scope.condition(1) + " order by da.dossier_id, da.attachment_id");
        scope.bind(query, 1);
        return query.setMaxResults(max).getResultList();
    }

    /** Marks one pair as purged by the caller's portal; returns 0 when it is not the caller's. */
    public int markPortalPurged(UUID attachmentId, UUID dossierId, PurgeScope scope, Instant now) {
        jakarta.persistence.Query query = em.createNativeQuery("update dossier_attachment set portal_purged_at = ?1"
                + " where attachment_id = ?2 and dossier_id = ?3 and portal_purged_at is null and dossier_id in"
                + " (select d.id from dossier d join folder f on f.id = d.folder_id where " + scope.condition(4) + ")")
                .setParameter(1, java.sql.Timestamp.from(now)).setParameter(2, attachmentId).setParameter(3, dossierId);
        scope.bind(query, 4);
        return query.executeUpdate();
    }

}
