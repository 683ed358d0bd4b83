package fr.gouv.hubee.application.exchange;

import fr.gouv.hubee.application.AccessDeniedException;
import fr.gouv.hubee.application.NotFoundException;
import fr.gouv.hubee.application.api.ApiCaller;
import fr.gouv.hubee.application.api.ApiRoles;
import fr.gouv.hubee.application.api.CurrentApiCaller;
import fr.gouv.hubee.application.dossier.DossierAccess.CaseAccess;
import fr.gouv.hubee.application.dossier.DossierAccess;
import fr.gouv.hubee.application.dossier.DossierLifecycle;
import fr.gouv.hubee.application.exchange.ExchangeViews.ApplicantView;
import fr.gouv.hubee.application.exchange.ExchangeViews.AttachmentView;
import fr.gouv.hubee.application.exchange.ExchangeViews.CaseView;
import fr.gouv.hubee.application.exchange.ExchangeViews.EventView;
import fr.gouv.hubee.application.subscription.RecipientRouting;
import fr.gouv.hubee.domain.model.api.ApiScope;
import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.dossier.Side;
import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.organization.OrganizationType;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.infrastructure.persistence.DossierRepository;
import fr.gouv.hubee.infrastructure.persistence.OrganizationRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** /cases: what both sides read of a case, its status, and the migration between organisations. */
@Stateless
@RolesAllowed({ApiRoles.OSL, ApiRoles.SI, ApiRoles.DATAPASS, ApiRoles.ADMIN})
public class CaseExchange {

    @Inject
    CurrentApiCaller callers;

    @Inject
    DossierAccess access;

    @Inject
    DossierRepository dossiers;

    @Inject
    DossierLifecycle lifecycle;

    @Inject
    OrganizationRepository organizations;

    @Inject
    RecipientRouting routing;

    @Inject
    Clock clock;

    /**
     * GET /cases/{id}; {@code lite} leaves the events out. The operator never reads internal
     * comments; neither side sees the other's deposits still in progress.
     */
    @RolesAllowed({ApiRoles.OSL, ApiRoles.SI, ApiRoles.ADMIN})
    public CaseView get(UUID caseId, boolean lite) {
        ApiCaller caller = callers.get();
        CaseAccess a = access.forSoftware(caller, caseId);
        Dossier d = a.dossier();
        boolean comments = a.side() != Side.OPERATOR;
        List<EventView> events = lite ? List.of()
                : dossiers.eventsOf(d.getId(), false).stream().filter(a::sees)
                        .map(e -> EventView.of(e, comments)).toList();
        return new CaseView(d.getId(), d.getStatus().name(), OrganizationId.of(d.getRecipient()), d.getExternalId(),
                d.getUpdatedAt(), d.getTransmittedAt(), d.getProcedure().getCode(), d.getCreatedAt(), d.getClosedAt(),
                d.getPartnerAttributes(), ApplicantView.of(d.getFolder().getApplicant()),
                d.getAttachments().stream().map(AttachmentView::of).toList(), events);
    }

    /** PATCH /cases/{id}: the status only (an event, if any, is the client's next call). */
    @RolesAllowed({ApiRoles.OSL, ApiRoles.SI, ApiRoles.ADMIN})
    public void updateStatus(UUID caseId, String status) {
        ApiCaller caller = callers.get();
        CaseAccess a = access.forSoftware(caller, caseId);
        CaseStatus target = Enums.parse(Enums.CASE_STATUSES, status, "status");
        lifecycle.changeStatusWithoutEvent(a.dossier(), a.actor(null), target);
    }

    /**
     * PUT /cases/migrate: moves the cases, their events and notifications from one organisation to
     * another. An SI moves its own subscription's démarche to an organisation subscribed to it;
     * the administration moves everything.
     */
    @RolesAllowed({ApiRoles.SI, ApiRoles.ADMIN})
    public int migrate(OrganizationId source, OrganizationId target) {
        ApiCaller caller = callers.get();
        Organization from = find(source);
        Organization to = find(target);
        UUID procedureId = null;
        if (caller.scope() == ApiScope.SI) {
            if (!from.getId().equals(caller.organizationId())) {
                throw new AccessDeniedException("Unauthorized user");
            }
            procedureId = caller.procedureId();
            if (!routing.accepts(to.getId(), procedureId, LocalDate.now(clock))) {
                throw BusinessRuleException.invalid("Organization " + to.identifier()
                        + " has no active subscription to the process");
            }
        }
        if (from.equals(to)) {
            throw BusinessRuleException.invalid("organizationSource and organizationTarget are the same");
        }
        return dossiers.migrateCases(from.getId(), to.getId(), procedureId, clock.instant());
    }

    private Organization find(OrganizationId id) {
        OrganizationType type;
        try {
            type = OrganizationType.valueOf(id.type());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("organization", "Organization is not found");
        }
        return organizations.findByIdentifier(type, id.companyRegister(), id.branchCode())
                .orElseThrow(() -> new NotFoundException("organization", "Organization is not found"));
    }
}
