package fr.gouv.hubee.application.jobs;

import fr.gouv.hubee.domain.model.dossier.Attachment;
import fr.gouv.hubee.domain.model.dossier.AttachmentStatus;
import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.subscription.AccessMode;
import fr.gouv.hubee.domain.rules.Retention;
import fr.gouv.hubee.infrastructure.persistence.AttachmentContentStore;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The retention purge: deletes the contents of attachments whose every dossier is past its
 * retention ({@link Retention}); the attachment becomes DELETED, the dossier and its history
 * stay. A folder's attachment shared by two recipients goes only when both are done with it.
 */
@Stateless
@PermitAll
public class RetentionJob {

    static final int BATCH = 200;

    @PersistenceContext(unitName = "hubee")
    EntityManager em;

    @Inject
    AttachmentContentStore contents;

    /** One batch of candidate dossiers after {@code afterId} (null to start); returns the next cursor in {@code more}. */
    public Batch purge(Instant now, UUID afterId) {
        // Candidates: the earliest any démarche's delays could expire them (API: after being
        // taken; portal: Clos, or sent before the shortest portal delay) — the rule decides.
        Integer apiDays = em.createQuery("select min(p.timeBeforeFileDeletion) from Procedure p", Integer.class)
                .getSingleResult();
        Integer portalDays = em.createQuery("select min(p.portalRetentionDays) from Procedure p", Integer.class)
                .getSingleResult();
        Instant apiCut = now.minus(Duration.ofDays(apiDays == null ? Retention.DEFAULT_API_DAYS : Math.min(apiDays, Retention.DEFAULT_API_DAYS)));
        Instant portalCut = now.minus(Duration.ofDays(portalDays == null ? Retention.DEFAULT_PORTAL_DAYS : portalDays));
        var query = em.createQuery("select distinct d from Dossier d join d.attachments a"
                        + " where a.status = :received" + (afterId == null ? "" : " and d.id > :after")
                        + " and (d.status in :final or d.transmittedAt <= :portalCut or d.acknowledgedAt <= :apiCut)"
                        + " order by d.id", Dossier.class)
                .setParameter("received", AttachmentStatus.RECEIVED)
                .setParameter("final", List.of(CaseStatus.CLOSED))
                .setParameter("portalCut", portalCut).setParameter("apiCut", apiCut)
                .setMaxResults(BATCH);
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        List<Dossier> candidates = query.getResultList();
        int purged = 0;
        for (Dossier dossier : candidates) {
            if (!expired(dossier, now)) {
                continue;
            }
            for (Attachment attachment : dossier.getAttachments()) {
                if (attachment.getStatus() == AttachmentStatus.RECEIVED && everyHolderExpired(attachment, now)) {
                    contents.delete(attachment.getId());
                    attachment.markPurged(now);
                    purged++;
                }
            }
        }
        UUID last = candidates.isEmpty() ? null : candidates.get(candidates.size() - 1).getId();
        return new Batch(new JobResult(purged, 0, candidates.size() == BATCH), last);
    }

    public record Batch(JobResult result, UUID lastId) {
    }

    private boolean everyHolderExpired(Attachment attachment, Instant now) {
        return em.createQuery("select d from Dossier d join d.attachments a where a.id = :id", Dossier.class)
                .setParameter("id", attachment.getId()).getResultStream().allMatch(d -> expired(d, now));
    }

    private boolean expired(Dossier dossier, Instant now) {
        AccessMode mode = em.createQuery("select s.accessMode from Subscription s where s.organization = :org"
                        + " and s.procedure = :p", AccessMode.class)
                .setParameter("org", dossier.getRecipient()).setParameter("p", dossier.getProcedure())
                .getResultStream().findFirst().orElse(AccessMode.PORTAIL);
        return Retention.contentExpired(mode == AccessMode.API, dossier.getStatus(), dossier.getTransmittedAt(),
                dossier.getAcknowledgedAt(), dossier.getProcedure().getTimeBeforeFileDeletion(),
                dossier.getProcedure().getPortalRetentionDays(), now);
    }
}
