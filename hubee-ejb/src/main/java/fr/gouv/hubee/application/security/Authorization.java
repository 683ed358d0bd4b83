package fr.gouv.hubee.application.security;

import fr.gouv.hubee.application.AccessDeniedException;
import fr.gouv.hubee.domain.model.user.Role;
import fr.gouv.hubee.domain.rules.DefaultRoles;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The one place that decides whether a caller may act: role, organisation and habilitation.
 * Plain Java (unit-tested); every service method calls it before touching data.
 */
public final class Authorization {

    private Authorization() {
    }

    public static void requireRole(Caller caller, Role role) {
        if (!caller.has(role)) {
            throw new AccessDeniedException("role " + role + " required");
        }
    }

    /** National administration screens and actions (actor ADMIN, DINUM). */
    public static void requireNationalAdministrator(Caller caller) {
        if (caller.actorType() != fr.gouv.hubee.domain.model.user.ActorType.ADMIN) {
            throw new AccessDeniedException("national administrators only");
        }
    }

    /** The caller has the role and belongs to the organisation. */
    public static void requireOrganization(Caller caller, UUID organizationId, Role role) {
        requireRole(caller, role);
        if (!caller.organizationId().equals(organizationId)) {
            throw new AccessDeniedException("other organisation");
        }
    }

    /**
     * The caller may act on a dossier of this recipient and démarche: the role, the recipient is
     * his organisation and, for actors who need one, an habilitation to the démarche.
     */
    public static void requireDossierAccess(Caller caller, UUID recipientId, UUID procedureId, Role role) {
        requireOrganization(caller, recipientId, role);
        if (DefaultRoles.needsHabilitation(caller.actorType())
                && !caller.habilitatedProcedureIds().contains(procedureId)) {
            throw new AccessDeniedException("no habilitation for this démarche");
        }
    }

    /**
     * The démarches whose dossiers the caller may list: empty means every démarche of his
     * organisation (local administrator), otherwise exactly his habilitations.
     */
    public static Optional<Set<UUID>> visibleProcedures(Caller caller) {
        requireRole(caller, Role.DOSSIER_VIEW);
        return DefaultRoles.needsHabilitation(caller.actorType())
                ? Optional.of(caller.habilitatedProcedureIds())
                : Optional.empty();
    }
}
