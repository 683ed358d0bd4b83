package fr.gouv.hubee.application.user;

import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.Civility;
import java.util.Set;
import java.util.UUID;

/** The « Ajouter un utilisateur » form. */
public record NewUser(ActorType actorType, Set<UUID> procedureIds, String email, Civility civility,
                      String firstName, String lastName, String function, String phone, String secondaryPhone) {

    public NewUser {
        procedureIds = procedureIds == null ? Set.of() : Set.copyOf(procedureIds);
    }
}
