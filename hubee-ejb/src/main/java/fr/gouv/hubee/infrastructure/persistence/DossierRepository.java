package fr.gouv.hubee.infrastructure.persistence;

import fr.gouv.hubee.domain.model.dossier.Attachment;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.dossier.Event;
import fr.gouv.hubee.domain.model.dossier.Folder;
import fr.gouv.hubee.domain.model.event.EventActionType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The dossier aggregate's repository: folders, their cases (dossiers), events and attachments
 * (contents in {@link AttachmentContentStore}). The portal's list is {@link DossierListing};
 * notifications are {@link NotificationRepository}'s.
 */
@ApplicationScoped
public class DossierRepository {

    @PersistenceContext(unitName = "hubee")
    EntityManager em;

    @Inject
    AttachmentContentStore contents;

    public Optional<Dossier> find(UUID id) {
        return Optional.ofNullable(em.find(Dossier.class, id));
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

    public void add(Folder folder) {
        em.persist(folder);
    }

    public void add(Event event) {
        em.persist(event);
    }

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

    /** Whether any event or notification refers to the folder's cases (then it cannot be deleted). */
    public boolean folderHasActivity(UUID folderId) {
        return !em.createQuery("select e.id from Event e where e.dossier.folder.id = :folder", UUID.class)
                .setParameter("folder", folderId).setMaxResults(1).getResultList().isEmpty()
                || !em.createQuery("select n.id from Notification n where n.dossier.folder.id = :folder", UUID.class)
                .setParameter("folder", folderId).setMaxResults(1).getResultList().isEmpty();
    }

    /** Removes a folder never completed: its case links, cases, attachments (contents first) and itself. */
    public void deleteFolder(Folder folder) {
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
    public void deleteDraft(Event event) {
        for (Attachment attachment : event.getAttachments()) {
            contents.delete(attachment.getId());
            em.remove(attachment);
        }
        em.createQuery("delete from Notification n where n.event.id = :event")
                .setParameter("event", event.getId()).executeUpdate();
        em.remove(event);
    }

    /** A case's events, oldest first (the API's order) or newest first (the portal's history). */
    public List<Event> eventsOf(UUID dossierId, boolean newestFirst) {
        return em.createQuery("select e from Event e where e.dossier.id = :dossier"
                        + (newestFirst ? " order by e.createdAt desc, e.id" : " order by e.createdAt, e.id"), Event.class)
                .setParameter("dossier", dossierId).getResultList();
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

    /**
     * Dossiers after {@code afterId} holding a received attachment that a retention delay may have
     * expired: Clos, sent before {@code portalCut}, or taken by the software before {@code apiCut}.
     */
    public List<Dossier> retentionCandidates(UUID afterId, Instant portalCut, Instant apiCut, int max) {
        var query = em.createQuery("select distinct d from Dossier d join d.attachments a"
                        + " where a.status = :received" + (afterId == null ? "" : " and d.id > :after")
                        + " and (d.status in :final or d.transmittedAt <= :portalCut or d.acknowledgedAt <= :apiCut)"
                        + " order by d.id", Dossier.class)
                .setParameter("received", fr.gouv.hubee.domain.model.dossier.AttachmentStatus.RECEIVED)
                .setParameter("final", List.of(fr.gouv.hubee.domain.model.dossier.CaseStatus.CLOSED))
                .setParameter("portalCut", portalCut).setParameter("apiCut", apiCut)
                .setMaxResults(max);
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        return query.getResultList();
    }

    /** The dossiers an operator's attachment was sent with. */
    public List<Dossier> holdersOf(UUID attachmentId) {
        return em.createQuery("select d from Dossier d join d.attachments a where a.id = :id", Dossier.class)
                .setParameter("id", attachmentId).getResultList();
    }
}
