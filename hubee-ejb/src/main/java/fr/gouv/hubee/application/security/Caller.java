package fr.gouv.hubee.application.security;

import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.Role;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling a service, read from the database at each call (role and habilitation changes
 * apply at once): organisation, actor type, roles and the démarches the user is habilitated to.
 */
public record Caller(UUID userId, String displayName, UUID organizationId, ActorType actorType,
                     Set<Role> roles, Set<UUID> habilitatedProcedureIds) {

    public Caller {
        roles = Set.copyOf(roles);
        habilitatedProcedureIds = Set.copyOf(habilitatedProcedureIds);
    }

    public boolean has(Role role) {
        return roles.stream().anyMatch(r -> r.grants(role));
    }
}
