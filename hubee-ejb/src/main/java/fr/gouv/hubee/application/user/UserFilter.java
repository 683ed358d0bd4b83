package fr.gouv.hubee.application.user;

import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.Role;
import java.util.UUID;

/**
 * « Gestion des comptes » filters, which add up (guide §5.1.1): one actor type, one role, one
 * démarche, and the name from 2 characters (accents and case ignored).
 */
public record UserFilter(ActorType actorType, Role role, UUID procedureId, String name) {

    public static UserFilter none() {
        return new UserFilter(null, null, null, null);
    }
}
