package fr.gouv.hubee.application.exchange;

import fr.gouv.hubee.application.api.ApiCaller;
import fr.gouv.hubee.application.api.ApiForbiddenException;
import fr.gouv.hubee.application.api.ApiRequestException;
import fr.gouv.hubee.domain.model.api.ApiScope;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.dossier.Folder;
import fr.gouv.hubee.domain.model.event.Event;
import fr.gouv.hubee.domain.model.event.EventActionType;
import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.rules.ApiStatusRules.Side;
import fr.gouv.hubee.infrastructure.persistence.DossierRepository;
import fr.gouv.hubee.infrastructure.persistence.ExchangeRepository;
import fr.gouv.hubee.infrastructure.persistence.OrganizationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Tenant checks of the API: an SI token reaches only the transmitted cases of its subscription
 * (organisation × démarche), an OSL token only the folders of its own operator, ADMIN all.
 * Unknown → 404 with the contract's message; someone else's → 403 « Unauthorized user ».
 */
@ApplicationScoped
class CaseAccess {

    /** A case and where the caller stands on it. */
    record Access(Dossier dossier, Side side) {
    }

    @Inject
    DossierRepository dossiers;

    @Inject
    ExchangeRepository exchange;

    @Inject
    OrganizationRepository organizations;

    Folder folder(ApiCaller caller, UUID folderId) {
        Folder folder = exchange.findFolder(folderId).orElseThrow(() -> ApiRequestException.notFound("Folder is not found"));
        if (caller.scope() != ApiScope.ADMIN && !folder.getOperator().getId().equals(caller.organizationId())) {
            throw new ApiForbiddenException();
        }
        return folder;
    }

    Access caseOf(ApiCaller caller, UUID caseId) {
        Dossier dossier = dossiers.find(caseId).orElseThrow(() -> ApiRequestException.notFound("Case is not found"));
        Side side = side(caller, dossier);
        if (side == Side.RECIPIENT && dossier.getTransmittedAt() == null) {
            // Not completed by the operator yet: the recipient does not know it exists.
            throw ApiRequestException.notFound("Case is not found");
        }
        return new Access(dossier, side);
    }

    private static Side side(ApiCaller caller, Dossier dossier) {
        switch (caller.scope()) {
            case ADMIN:
                return Side.ADMIN;
            case OSL:
                if (dossier.getFolder().getOperator().getId().equals(caller.organizationId())) {
                    return Side.OPERATOR;
                }
                break;
            case SI:
                if (dossier.getRecipient().getId().equals(caller.organizationId())
                        && dossier.getProcedure().getId().equals(caller.procedureId())) {
                    return Side.RECIPIENT;
                }
                break;
            default:
                break;
        }
        throw new ApiForbiddenException();
    }

    /** The organisation an event of this side is written by. */
    Organization actingOrganization(ApiCaller caller, Access access) {
        return switch (access.side()) {
            case RECIPIENT -> access.dossier().getRecipient();
            case OPERATOR -> access.dossier().getFolder().getOperator();
            case ADMIN -> caller.organizationId() == null ? access.dossier().getFolder().getOperator()
                    : organizations.find(caller.organizationId()).orElseThrow(ApiForbiddenException::new);
        };
    }

    /** Who is told of an event: the other side of the case (the administration speaks for the operator). */
    static Organization counterpart(Access access) {
        return access.side() == Side.RECIPIENT ? access.dossier().getFolder().getOperator()
                : access.dossier().getRecipient();
    }

    /**
     * Whether this side may see the event: not the other side's internal comment, nor the other
     * side's deposit still in progress (its draft, until PATCHed SENT).
     */
    static boolean sees(Access access, Event event) {
        if (access.side() == Side.OPERATOR && event.getActionType() == EventActionType.COM_ADD) {
            return false;
        }
        return !event.isHiddenFrom(access.side() == Side.RECIPIENT);
    }

    /** Whether this side wrote the event (transmitter side), for PATCH SENT / RECEIVED and drafts. */
    static boolean isTransmitterSide(Access access, Event event) {
        return event.isByRecipient() == (access.side() == Side.RECIPIENT);
    }
}
