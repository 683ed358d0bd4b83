package fr.gouv.hubee.application.dossier;

import fr.gouv.hubee.application.AccessDeniedException;
import fr.gouv.hubee.application.NotFoundException;
import fr.gouv.hubee.application.api.ApiCaller;
import fr.gouv.hubee.application.security.AccessPolicy.CaseFacts;
import fr.gouv.hubee.application.security.AccessPolicy.Verdict;
import fr.gouv.hubee.application.security.AccessPolicy;
import fr.gouv.hubee.application.security.Caller;
import fr.gouv.hubee.application.security.RefusalAudit;
import fr.gouv.hubee.domain.model.dossier.Actor;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.dossier.Event;
import fr.gouv.hubee.domain.model.dossier.Folder;
import fr.gouv.hubee.domain.model.dossier.Side;
import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.user.Role;
import fr.gouv.hubee.infrastructure.persistence.DossierRepository;
import fr.gouv.hubee.infrastructure.persistence.OrganizationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Loads a dossier, a case or a folder for a caller as {@link AccessPolicy} decides. The portal
 * answers someone else's dossier like an unknown one (no one learns that another town hall's
 * exists); the API answers with the contract's 404 or 403.
 */
@ApplicationScoped
public class DossierAccess {

    @Inject
    DossierRepository dossiers;

    @Inject
    OrganizationRepository organizations;

    @Inject
    RefusalAudit refusals;

    /**
     * A dossier an agent may act on with {@code role}: the role first (a plain refusal), then the
     * policy on the dossier — unknown, or someone else's ({@link AccessDeniedException#hiding}).
     */
    public Dossier forAgent(UUID id, Caller caller, Role role) {
        AccessPolicy.requireRole(caller, role);
        Dossier dossier = dossiers.find(id).orElseThrow(() -> new NotFoundException("dossier"));
        return switch (AccessPolicy.onCase(caller, role, CaseFacts.of(dossier))) {
            case RECIPIENT -> dossier;
            case UNKNOWN -> throw new NotFoundException("dossier");
            default -> {
                refusals.refused(caller.userId(), "télédossier " + id);
                throw AccessDeniedException.hiding("dossier");
            }
        };
    }

    /** A case for software, and where it stands on it. */
    public CaseAccess forSoftware(ApiCaller caller, UUID caseId) {
        Dossier dossier = dossiers.find(caseId).orElseThrow(() -> new NotFoundException("case", "Case is not found"));
        Verdict verdict = AccessPolicy.onCase(caller, CaseFacts.of(dossier));
        if (verdict == Verdict.UNKNOWN) {
            throw new NotFoundException("case", "Case is not found");
        }
        if (verdict == Verdict.FORBIDDEN) {
            refusals.refused(null, "API " + caller.clientId() + " : case " + caseId);
        }
        Side side = verdict.side().orElseThrow(() -> new AccessDeniedException("Unauthorized user"));
        Organization administration = side == Side.ADMIN && caller.organizationId() != null
                ? organizations.find(caller.organizationId()).orElseThrow(() -> new AccessDeniedException("Unauthorized user")) : null;
        return new CaseAccess(dossier, side, administration);
    }

    /** A folder for its operator's software or the administration's. */
    public Folder folderForSoftware(ApiCaller caller, UUID folderId) {
        Folder folder = dossiers.findFolder(folderId).orElseThrow(() -> new NotFoundException("folder", "Folder is not found"));
        if (!AccessPolicy.onFolder(caller, folder.getOperator().getId())) {
            throw new AccessDeniedException("Unauthorized user");
        }
        return folder;
    }

    /** A case and where an API caller stands on it. */
    public record CaseAccess(Dossier dossier, Side side, Organization administration) {

        /** The caller as the lifecycle's actor; {@code author} as the request declared it, or null. */
        public Actor actor(String author) {
            return Actor.software(side, administration, author);
        }

        public boolean sees(Event event) {
            return event.isVisibleTo(side);
        }
    }
}
