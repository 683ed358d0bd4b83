package fr.gouv.hubee.application.user;

import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.Civility;
import fr.gouv.hubee.domain.model.user.Role;
import java.util.Set;
import java.util.UUID;

/** The edit page's personal information and roles and access (guide §5.1.2). */
public record UserUpdate(Civility civility, String firstName, String lastName, String function, String phone,
                         String secondaryPhone, ActorType actorType, Set<Role> roles, Set<UUID> procedureIds) {

    public UserUpdate {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        procedureIds = procedureIds == null ? Set.of() : Set.copyOf(procedureIds);
    }
}
