package fr.gouv.hubee.application.dossier;

import fr.gouv.hubee.application.BusinessRuleException;
import fr.gouv.hubee.application.NotFoundException;
import fr.gouv.hubee.application.security.Authorization;
import fr.gouv.hubee.application.security.Caller;
import fr.gouv.hubee.application.security.ContainerRoles;
import fr.gouv.hubee.application.security.CurrentCaller;
import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.dossier.PortalStatus;
import fr.gouv.hubee.domain.model.event.Event;
import fr.gouv.hubee.domain.model.event.Notification;
import fr.gouv.hubee.domain.model.user.Role;
import fr.gouv.hubee.domain.model.user.User;
import fr.gouv.hubee.domain.rules.PortalStatusMachine;
import fr.gouv.hubee.infrastructure.persistence.DossierQuery;
import fr.gouv.hubee.infrastructure.persistence.DossierRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Instructing télédossiers: counts, list, detail and status changes, always within the caller's
 * organisation and habilitations.
 */
@Stateless
@RolesAllowed(ContainerRoles.AUTHENTICATED)
public class DossierService {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    DossierRepository dossiers;

    @Inject
    Clock clock;

    public Map<PortalStatus, Long> countByStatus() {
        Caller caller = currentCaller.get();
        return dossiers.countByPortalStatus(caller.organizationId(), Authorization.visibleProcedures(caller));
    }

    /** One page of the caller's dossiers in a portal status ({@code null}: all statuses). */
    public DossierPage list(PortalStatus status, Set<UUID> procedures, String search, int first, int max) {
        Caller caller = currentCaller.get();
        Optional<Set<UUID>> visible = Authorization.visibleProcedures(caller);
        DossierQuery query = new DossierQuery(caller.organizationId(), visible, status, procedures, null, null,
                search, null, first, Math.min(max, 100));
        List<DossierSummary> rows = dossiers.list(query).stream().map(DossierSummary::of).toList();
        return new DossierPage(rows, dossiers.count(query));
    }

    public DossierDetail get(UUID id) {
        Caller caller = currentCaller.get();
        Dossier dossier = load(id, caller, Role.DOSSIER_VIEW);
        List<HistoryEntry> history = dossiers.eventsOf(id).stream()
                .map(e -> new HistoryEntry(e.getCreatedAt(), e.getAuthor(), e.getActionType(),
                        e.getCaseCurrentStatus(), e.getCaseNewStatus(),
                        e.getMessage() != null ? e.getMessage() : e.getComment()))
                .toList();
        List<PortalStatus> targets = caller.has(Role.DOSSIER_MANAGE)
                ? PortalStatusMachine.targetsFrom(dossier.getPortalStatus()) : List.of();
        return new DossierDetail(DossierSummary.of(dossier), dossier.getFolder().getApplicant().getEmail(),
                dossier.getProcedure().isMessageToTransmitter(), targets, history);
    }

    /**
     * Moves a dossier to a portal status the status machine allows from its current one, records
     * the STATUS_UPDATE event (with the optional comment, sent to the operator) and notifies the
     * operator.
     */
    public void changeStatus(UUID id, PortalStatus target, String comment) {
        Caller caller = currentCaller.get();
        Dossier dossier = load(id, caller, Role.DOSSIER_MANAGE);
        if (!PortalStatusMachine.allows(dossier.getStatus(), target)) {
            throw new BusinessRuleException("dossier.status.notAllowed");
        }
        if (comment != null && comment.length() > 500) {
            throw new BusinessRuleException("dossier.comment.tooLong");
        }
        User author = currentCaller.user();
        Instant now = clock.instant();
        CaseStatus from = dossier.getStatus();
        CaseStatus to = target.targetCaseStatus();
        dossier.changeStatus(to, author.displayName(), now);

        Event event = Event.statusUpdate(dossier, from, to, dossier.getRecipient());
        event.authoredBy(author);
        if (comment != null && !comment.isBlank()) {
            event.setMessage(comment.strip());
        }
        dossiers.add(event);
        dossiers.add(Notification.ofEvent(event, dossier.getFolder().getOperator(), now));
    }

    private Dossier load(UUID id, Caller caller, Role role) {
        Authorization.requireRole(caller, role);
        Dossier dossier = dossiers.find(id).orElseThrow(() -> new NotFoundException("dossier"));
        Authorization.requireDossierAccess(caller, dossier.getRecipient().getId(), dossier.getProcedure().getId(), role);
        return dossier;
    }
}
