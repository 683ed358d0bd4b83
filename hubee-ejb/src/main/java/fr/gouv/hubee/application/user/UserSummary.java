package fr.gouv.hubee.application.user;

import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.Role;
import fr.gouv.hubee.domain.model.user.User;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A user account as the administration screens show it. */
public record UserSummary(UUID id, boolean active, String lastName, String firstName, String email,
                          ActorType actorType, Set<Role> roles, List<String> habilitations, boolean datapass,
                          boolean awaitingActivation) {

    static UserSummary of(User user, List<String> habilitations) {
        return new UserSummary(user.getId(), user.isActive(), user.getLastName(), user.getFirstName(),
                user.getEmail(), user.getActorType(), new java.util.TreeSet<>(user.getRoles()), habilitations,
                user.isDatapass(), user.isAwaitingActivation());
    }
}
