package fr.gouv.hubee.application.dossier;

import fr.gouv.hubee.application.NotFoundException;
import fr.gouv.hubee.application.security.Authorization;
import fr.gouv.hubee.application.security.Caller;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.user.Role;
import fr.gouv.hubee.infrastructure.persistence.DossierRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Loads a dossier for a caller, or refuses: role first, then organisation and habilitation. */
@ApplicationScoped
class DossierAccess {

    @Inject
    DossierRepository dossiers;

    Dossier load(UUID id, Caller caller, Role role) {
        Authorization.requireRole(caller, role);
        // Not transmitted yet (folder not completed by the operator): not the recipient's to see.
        Dossier dossier = dossiers.find(id).filter(d -> d.getTransmittedAt() != null)
                .orElseThrow(() -> new NotFoundException("dossier"));
        Authorization.requireDossierAccess(caller, dossier.getRecipient().getId(), dossier.getProcedure().getId(), role);
        return dossier;
    }
}
