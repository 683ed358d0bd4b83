package fr.gouv.hubee.application.dossier;

import fr.gouv.hubee.application.security.AccessPolicy;
import fr.gouv.hubee.application.security.Caller;
import fr.gouv.hubee.application.security.ContainerRoles;
import fr.gouv.hubee.application.security.CurrentCaller;
import fr.gouv.hubee.domain.model.audit.AuditType;
import fr.gouv.hubee.domain.model.dossier.Actor;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.dossier.Event;
import fr.gouv.hubee.domain.model.dossier.PortalStatus;
import fr.gouv.hubee.domain.model.dossier.Side;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.domain.model.user.Role;
import fr.gouv.hubee.domain.rules.PortalStatusMachine;
import fr.gouv.hubee.infrastructure.persistence.AuditLog;
import fr.gouv.hubee.infrastructure.persistence.DossierListing;
import fr.gouv.hubee.infrastructure.persistence.DossierQuery;
import fr.gouv.hubee.infrastructure.persistence.DossierRepository;
import fr.gouv.hubee.infrastructure.persistence.DossierSort;
import fr.gouv.hubee.infrastructure.persistence.ProcedureRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Instructing télédossiers (guide §4): counts, list, detail, consultation and status changes,
 * always within the caller's organisation and habilitations; one transaction per call.
 */
@Stateless
@RolesAllowed(ContainerRoles.AUTHENTICATED)
public class DossierService {

    static final int MAX_COMMENT = 500;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    DossierRepository dossiers;

    @Inject
    ProcedureRepository procedures;

    @Inject
    DossierAccess access;

    @Inject
    DossierLifecycle lifecycle;

    @Inject
    DossierListing listing;

    @Inject
    AuditLog audit;

    /** The tabs' counts under the other filters (all statuses when no filter is given). */
    public Map<PortalStatus, Long> countByStatus(DossierFilter filter) {
        Caller caller = currentCaller.get();
        return listing.countByPortalStatus(DossierQueries.of(caller, filter, null, 0, 1));
    }

    public Map<PortalStatus, Long> countByStatus() {
        return countByStatus(DossierFilter.ofStatus(null));
    }

    /**
     * « Exporter » the filtered list: the export itself reads {@link #list} page by page; this
     * records who took it, in which format and with which filters (no dossier content).
     */
    public void recordExport(DossierFilter filter, String format) {
        Caller caller = currentCaller.get();
        AccessPolicy.requireRole(caller, Role.DOSSIER_VIEW);
        audit.record(AuditType.EXPORT, currentCaller.user(caller), null, format + ", statut "
                + (filter.status() == null ? "tous" : filter.status()) + ", " + filter.procedures().size()
                + " démarche(s) filtrée(s)" + (filter.from() != null || filter.to() != null
                ? ", du " + filter.from() + " au " + filter.to() : "")
                + (filter.search() != null && !filter.search().isBlank() ? ", avec une recherche" : ""));
    }

    /** One page of the list; paging, filtering and counting happen in the database. */
    public DossierPage list(DossierFilter filter, DossierSort sort, int first, int max) {
        Caller caller = currentCaller.get();
        DossierQuery query = DossierQueries.of(caller, filter, sort, Math.max(0, first), Math.max(1, Math.min(max, 100)));
        List<DossierSummary> rows = listing.list(query).stream().map(DossierSummary::of).toList();
        return new DossierPage(rows, listing.count(query));
    }

    /** The démarches the caller's list may be filtered on: his habilitations, or all for a local admin. */
    public List<ProcedureOption> procedures() {
        Caller caller = currentCaller.get();
        Optional<Set<UUID>> visible = AccessPolicy.visibleProcedures(caller);
        return procedures.names().stream()
                .filter(p -> visible.map(v -> v.contains(p.id())).orElse(true))
                .map(ProcedureOption::of)
                .toList();
    }

    /** Every démarche of the catalogue (habilitation filters and forms of the administration). */
    public List<ProcedureOption> procedureCatalogue() {
        currentCaller.get();
        return procedures.names().stream().map(ProcedureOption::of).toList();
    }

    public DossierDetail get(UUID id) {
        Caller caller = currentCaller.get();
        Dossier dossier = access.forAgent(id, caller, Role.DOSSIER_VIEW);
        boolean manage = caller.has(Role.DOSSIER_MANAGE);
        // The operator's deposits still in progress are its drafts: neither listed nor their files.
        List<AttachmentView> attachments = dossiers.attachmentsOf(dossier).stream()
                .filter(a -> a.getEvent() == null || a.getEvent().isVisibleTo(Side.RECIPIENT)).map(AttachmentView::of).toList();
        List<HistoryEntry> history = new ArrayList<>();
        var operator = dossier.getFolder().getOperator();
        for (Event e : dossiers.eventsOf(id, true)) {
            if (!e.isVisibleTo(Side.RECIPIENT)) {
                continue;
            }
            // The operator's own name or code as author (the API's default) declares no one.
            String author = e.isByRecipient() || !(operator.getName().equals(e.getAuthor())
                    || java.util.Objects.equals(operator.getCode(), e.getAuthor())) ? e.getAuthor() : null;
            history.add(new HistoryEntry(e.getCreatedAt(), author, e.isByRecipient() ? null : operator.getName(),
                    e.getActionType(), e.getCaseCurrentStatus(), e.getCaseNewStatus(),
                    e.getMessage() != null ? e.getMessage() : e.getComment(),
                    e.getDownloaded() != null ? e.getDownloaded().getFileName() : null));
        }
        if (dossier.getTransmittedAt() != null) {
            history.add(new HistoryEntry(dossier.getTransmittedAt(), null, null, null, null, null, null, null));
        }
        var applicant = dossier.getFolder().getApplicant();
        var procedure = dossier.getProcedure();
        return new DossierDetail(DossierSummary.of(dossier), applicant.getLastName(), applicant.getFirstName(),
                applicant.getEmail(), attachments, manage, procedure.isMessageToTransmitter(),
                procedure.siUploadFormats(), procedure.getAttachmentMaxSize(),
                manage ? PortalStatusMachine.targetsFrom(dossier.getPortalStatus()) : List.of(), history);
    }

    /**
     * « Consulter » a Nouveau dossier: the mandatory confirmation acknowledges it (status Reçu,
     * sent to the operator). Without the manage role the dossier is only read.
     */
    public void acknowledge(UUID id) {
        Caller caller = currentCaller.get();
        Dossier dossier = access.forAgent(id, caller, Role.DOSSIER_MANAGE);
        lifecycle.consult(dossier, Actor.agent(currentCaller.user(caller)));
    }

    /** « Modifier le statut » of one dossier, with an optional comment sent to the operator. */
    public void changeStatus(UUID id, PortalStatus target, String comment) {
        changeStatus(List.of(id), target, comment);
    }

    /**
     * Bulk status change (guide §4.2.2): every dossier must share the same status and the status
     * machine must allow the target; all change or none does (one transaction).
     */
    public void changeStatus(List<UUID> ids, PortalStatus target, String comment) {
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new BusinessRuleException("dossier.comment.tooLong");
        }
        Caller caller = currentCaller.get();
        List<Dossier> selected = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            selected.add(access.forAgent(id, caller, Role.DOSSIER_MANAGE));
        }
        if (selected.isEmpty()) {
            return;
        }
        PortalStatus current = selected.get(0).getPortalStatus();
        if (selected.stream().anyMatch(d -> d.getPortalStatus() != current)) {
            throw new BusinessRuleException("dossier.status.mixed");
        }
        Actor agent = Actor.agent(currentCaller.user(caller));
        for (Dossier dossier : selected) {
            lifecycle.changeStatus(dossier, agent, target.targetCaseStatus(), EventContent.message(comment));
        }
    }
}
