package fr.gouv.hubee.application.jobs;

import fr.gouv.hubee.application.dossier.DossierLifecycle;
import fr.gouv.hubee.domain.model.dossier.Attachment;
import fr.gouv.hubee.domain.model.dossier.AttachmentStatus;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.subscription.AccessMode;
import fr.gouv.hubee.domain.model.audit.AuditType;
import fr.gouv.hubee.domain.rules.AuditRetention;
import fr.gouv.hubee.domain.rules.Retention;
import fr.gouv.hubee.infrastructure.persistence.AuditLog;
import fr.gouv.hubee.infrastructure.persistence.DossierRepository;
import fr.gouv.hubee.infrastructure.persistence.ProcedureRepository;
import fr.gouv.hubee.infrastructure.persistence.SubscriptionRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The retention purge: deletes the contents of attachments whose every dossier is past its
 * retention ({@link Retention}); the attachment becomes DELETED, the dossier and its history
 * stay. A folder's attachment shared by two recipients goes only when both are done with it.
 * Then the audit entries past their time ({@link AuditRetention}).
 */
@Stateless
@PermitAll
public class RetentionJob {

    static final int BATCH = 200;

    @Inject
    DossierRepository dossiers;

    @Inject
    ProcedureRepository procedures;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    DossierLifecycle lifecycle;

    @Inject
    AuditLog audit;

    /** One batch of candidate dossiers after {@code afterId} (null to start); returns the next cursor in {@code more}. */
    public Batch purge(Instant now, UUID afterId) {
        // Candidates: the earliest any démarche's delays could expire them (API: after being
        // taken; portal: Clos, or sent before the shortest portal delay) — the rule decides.
        Integer[] shortest = procedures.shortestRetentionDays();
        Instant apiCut = now.minus(Duration.ofDays(shortest[0] == null ? Retention.DEFAULT_API_DAYS
                : Math.min(shortest[0], Retention.DEFAULT_API_DAYS)));
        Instant portalCut = now.minus(Duration.ofDays(shortest[1] == null ? Retention.DEFAULT_PORTAL_DAYS : shortest[1]));
        List<Dossier> candidates = dossiers.retentionCandidates(afterId, portalCut, apiCut, BATCH);
        int purged = 0;
        for (Dossier dossier : candidates) {
            if (!expired(dossier, now)) {
                continue;
            }
            for (Attachment attachment : dossier.getAttachments()) {
                if (attachment.getStatus() == AttachmentStatus.RECEIVED && everyHolderExpired(attachment, now)) {
                    lifecycle.purgeContent(attachment, now);
                    purged++;
                }
            }
        }
        UUID last = candidates.isEmpty() ? null : candidates.get(candidates.size() - 1).getId();
        return new Batch(new JobResult(purged, 0, candidates.size() == BATCH), last);
    }

    public record Batch(JobResult result, UUID lastId) {
    }

    /** Deletes the audit entries past their retention: 6 months for access decisions, 3 years for rights changes. */
    public JobResult purgeAudit(Instant now) {
        Map<Instant, List<AuditType>> byCutoff = Arrays.stream(AuditType.values())
                .collect(Collectors.groupingBy(type -> AuditRetention.keptSince(type, now)));
        int deleted = 0;
        for (Map.Entry<Instant, List<AuditType>> cut : byCutoff.entrySet()) {
            deleted += audit.purge(cut.getValue(), cut.getKey());
        }
        return new JobResult(deleted, 0, false);
    }

    private boolean everyHolderExpired(Attachment attachment, Instant now) {
        return dossiers.holdersOf(attachment.getId()).stream().allMatch(d -> expired(d, now));
    }

    private boolean expired(Dossier dossier, Instant now) {
        AccessMode mode = subscriptions.accessMode(dossier.getRecipient().getId(), dossier.getProcedure().getId())
                .orElse(AccessMode.PORTAIL);
        return Retention.contentExpired(mode == AccessMode.API, dossier.getStatus(), dossier.getTransmittedAt(),
                dossier.getAcknowledgedAt(), dossier.getProcedure().getTimeBeforeFileDeletion(),
                dossier.getProcedure().getPortalRetentionDays(), now);
    }
}
