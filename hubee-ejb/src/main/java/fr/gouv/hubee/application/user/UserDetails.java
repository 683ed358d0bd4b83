package fr.gouv.hubee.application.user;

import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.Civility;
import fr.gouv.hubee.domain.model.user.Role;
import fr.gouv.hubee.domain.model.user.User;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Everything the edit page of an account shows (guide §5.1.2), habilitations by démarche id. */
public record UserDetails(UUID id, boolean active, String email, String organization, String siret,
                          boolean datapass, Civility civility, String firstName, String lastName, String function,
                          String phone, String secondaryPhone, ActorType actorType, Set<Role> roles,
                          Set<UUID> procedureIds, boolean awaitingActivation) {

    static UserDetails of(User user, Set<UUID> procedureIds) {
        return new UserDetails(user.getId(), user.isActive(), user.getEmail(), user.getOrganization().getName(),
                user.getOrganization().getSiret(), user.isDatapass(), user.getCivility(), user.getFirstName(),
                user.getLastName(), user.getFunction(), user.getPhone(), user.getSecondaryPhone(),
                user.getActorType(), new TreeSet<>(user.getRoles()), Set.copyOf(procedureIds), user.isAwaitingActivation());
    }
}
