package fr.gouv.hubee.application.exchange;

import fr.gouv.hubee.application.api.ApiAuthentication;
import fr.gouv.hubee.application.api.ApiCaller;
import fr.gouv.hubee.application.api.ApiForbiddenException;
import fr.gouv.hubee.application.api.ApiRequestException;
import fr.gouv.hubee.application.exchange.ExchangeViews.ApplicantView;
import fr.gouv.hubee.application.exchange.ExchangeViews.AttachmentView;
import fr.gouv.hubee.application.exchange.ExchangeViews.CaseView;
import fr.gouv.hubee.application.exchange.ExchangeViews.EventView;
import fr.gouv.hubee.application.subscription.RecipientRouting;
import fr.gouv.hubee.domain.model.api.ApiScope;
import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.organization.OrganizationType;
import fr.gouv.hubee.domain.rules.ApiStatusRules;
import fr.gouv.hubee.domain.rules.ApiStatusRules.Side;
import fr.gouv.hubee.infrastructure.persistence.ExchangeRepository;
import fr.gouv.hubee.infrastructure.persistence.OrganizationRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** /cases: what both sides read of a case, its status, and the migration between organisations. */
@Stateless
@PermitAll
public class CaseExchange {

    @Inject
    ApiAuthentication api;

    @Inject
    CaseAccess access;

    @Inject
    ExchangeRepository exchange;

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
    public CaseView get(String token, UUID caseId, boolean lite) {
        ApiCaller caller = api.require(token, ApiScope.OSL, ApiScope.SI, ApiScope.ADMIN);
        CaseAccess.Access a = access.caseOf(caller, caseId);
        Dossier d = a.dossier();
        boolean comments = a.side() != Side.OPERATOR;
        List<EventView> events = lite ? List.of()
                : exchange.eventsOf(d.getId(), comments).stream().filter(e -> CaseAccess.sees(a, e))
                        .map(e -> EventView.of(e, comments)).toList();
        return new CaseView(d.getId(), d.getStatus().name(), OrganizationId.of(d.getRecipient()), d.getExternalId(),
                d.getUpdatedAt(), d.getTransmittedAt(), d.getProcedure().getCode(), d.getCreatedAt(), d.getClosedAt(),
                d.getPartnerAttributes(), ApplicantView.of(d.getFolder().getApplicant()),
                d.getAttachments().stream().map(AttachmentView::of).toList(), events);
    }

    /** PATCH /cases/{id}: the status only (an event, if any, is the client's next call). */
    public void updateStatus(String token, UUID caseId, String status) {
        ApiCaller caller = api.require(token, ApiScope.OSL, ApiScope.SI, ApiScope.ADMIN);
        CaseAccess.Access a = access.caseOf(caller, caseId);
        CaseStatus target = Enums.parse(Enums.CASE_STATUSES, status, "status");
        apply(a, target, access.actingOrganization(caller, a), null, clock.instant());
    }

    /** Applies a status change of one side (PATCH or STATUS_UPDATE event); returns the status before. */
    static CaseStatus apply(CaseAccess.Access a, CaseStatus target, Organization actor, String author, Instant now) {
        ApiStatusRules.refuseCaseStatus(a.side(), a.dossier().getFolder().getGlobalStatus(), target).ifPresent(message -> {
            throw ApiRequestException.badRequest(message);
        });
        Dossier dossier = a.dossier();
        CaseStatus before = dossier.getStatus();
        dossier.changeStatus(target, author != null ? author : label(actor), now);
        if (a.side() != Side.RECIPIENT) {
            dossier.changedByOperator(now);
        }
        return before;
    }

    static String label(Organization organization) {
        return organization.getCode() != null ? organization.getCode() : organization.getName();
    }

    /**
     * PUT /cases/migrate: moves the cases, their events and notifications from one organisation to
     * another. An SI moves its own subscription's démarche to an organisation subscribed to it;
     * the administration moves everything.
     */
    public int migrate(String token, OrganizationId source, OrganizationId target) {
        ApiCaller caller = api.require(token, ApiScope.SI, ApiScope.ADMIN);
        Organization from = find(source);
        Organization to = find(target);
        UUID procedureId = null;
        if (caller.scope() == ApiScope.SI) {
            if (!from.getId().equals(caller.organizationId())) {
                throw new ApiForbiddenException();
            }
            procedureId = caller.procedureId();
            if (!routing.accepts(to.getId(), procedureId, LocalDate.now(clock))) {
                throw ApiRequestException.badRequest("Organization " + to.identifier()
                        + " has no active subscription to the process");
            }
        }
        if (from.equals(to)) {
            throw ApiRequestException.badRequest("organizationSource and organizationTarget are the same");
        }
        return exchange.migrateCases(from.getId(), to.getId(), procedureId, clock.instant());
    }

    private Organization find(OrganizationId id) {
        OrganizationType type;
        try {
            type = OrganizationType.valueOf(id.type());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiRequestException.notFound("Organization is not found");
        }
        return organizations.findByIdentifier(type, id.companyRegister(), id.branchCode())
                .orElseThrow(() -> ApiRequestException.notFound("Organization is not found"));
    }
}
