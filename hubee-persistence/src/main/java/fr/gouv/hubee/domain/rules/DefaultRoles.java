package fr.gouv.hubee.domain.rules;

import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Roles given at account creation (guide §2.2): a local administrator manages subscriptions and
 * users, a technical delegate manages subscriptions, an agent manages dossiers. Local
 * administrators may extend them afterwards. The national administrator manages both
 * referentials.
 */
public final class DefaultRoles {

    private DefaultRoles() {
    }

    public static Set<Role> of(ActorType type) {
        return switch (type) {
            case LOCAL_ADMIN, ADMIN -> EnumSet.of(Role.SUBSCRIPTION_MANAGE, Role.USER_MANAGE);
            case TECHNICAL_DELEGATE -> EnumSet.of(Role.SUBSCRIPTION_MANAGE);
            case AGENT -> EnumSet.of(Role.DOSSIER_MANAGE);
        };
    }

    /** Agents need a per-démarche habilitation; local administrators see every démarche (guide 003). */
    public static boolean needsHabilitation(ActorType type) {
        return type == ActorType.AGENT || type == ActorType.TECHNICAL_DELEGATE;
    }
}
