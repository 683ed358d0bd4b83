package fr.gouv.hubee.application.security;

import fr.gouv.hubee.application.AccessDeniedException;
import fr.gouv.hubee.application.api.ApiCaller;
import fr.gouv.hubee.domain.model.api.ApiScope;
import fr.gouv.hubee.domain.model.audit.AuditType;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.dossier.Side;
import fr.gouv.hubee.domain.model.user.Role;
import fr.gouv.hubee.domain.rules.DefaultRoles;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The one place that decides whether a caller may act: role, organisation, habilitation, a case's
 * transmission, operator ownership and API scope. Plain Java (unit-tested decision tables); every
 * service method asks it before touching data.
 */
public final class AccessPolicy {

    private AccessPolicy() {
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

    /**
     * What of the audit journal the caller may read: the national administrator everything; a
     * local administrator the rights changes of his organisation's accounts (who gave or took
     * what, to whom); nobody else anything.
     */
    public record AuditScope(UUID organizationId, Set<AuditType> types) {

        public boolean everything() {
            return organizationId == null && types.isEmpty();
        }
    }

    public static AuditScope auditScope(Caller caller) {
        return switch (caller.actorType()) {
            case ADMIN -> new AuditScope(null, Set.of());
            case LOCAL_ADMIN -> new AuditScope(caller.organizationId(),
                    Set.of(AuditType.RIGHTS_CHANGED));
            default -> throw new AccessDeniedException("administrators only");
        };
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
        if (onCase(caller, role, new CaseFacts(recipientId, procedureId, null, true)) != Verdict.RECIPIENT) {
            throw new AccessDeniedException("no access to this dossier");
        }
    }

    /** Where a caller stands on a case, or why not: UNKNOWN is answered as if the case did not exist. */
    public enum Verdict {
        RECIPIENT(Side.RECIPIENT), OPERATOR(Side.OPERATOR), ADMIN(Side.ADMIN), UNKNOWN(null), FORBIDDEN(null);

        private final Side side;

        Verdict(Side side) {
            this.side = side;
        }

        /** The side the caller acts on, when allowed. */
        public Optional<Side> side() {
            return Optional.ofNullable(side);
        }
    }

    /** What the policy reads of a case. */
    public record CaseFacts(UUID recipientId, UUID procedureId, UUID operatorId, boolean transmitted) {

        public static CaseFacts of(Dossier dossier) {
            return new CaseFacts(dossier.getRecipient().getId(), dossier.getProcedure().getId(),
                    dossier.getFolder().getOperator().getId(), dossier.isTransmitted());
        }
    }

    /**
     * An agent in the portal, for an action needing {@code role}. Decision table:
     * <pre>
     * role missing                                   → FORBIDDEN
     * not transmitted (folder not completed)          → UNKNOWN
     * another organisation's case                     → FORBIDDEN
     * no habilitation to the démarche (agents)        → FORBIDDEN
     * otherwise                                       → RECIPIENT
     * </pre>
     * The portal answers FORBIDDEN on a case like UNKNOWN: no one learns that someone else's exists.
     */
    public static Verdict onCase(Caller caller, Role role, CaseFacts c) {
        if (!caller.has(role)) {
            return Verdict.FORBIDDEN;
        }
        if (!c.transmitted()) {
            return Verdict.UNKNOWN;
        }
        if (!caller.organizationId().equals(c.recipientId())) {
            return Verdict.FORBIDDEN;
        }
        if (DefaultRoles.needsHabilitation(caller.actorType()) && !caller.habilitatedProcedureIds().contains(c.procedureId())) {
            return Verdict.FORBIDDEN;
        }
        return Verdict.RECIPIENT;
    }

    /**
     * Software through the API (contract: someone else's case is 403 « Unauthorized user », an
     * unknown one 404). Decision table:
     * <pre>
     * ADMIN token                                                  → ADMIN
     * OSL token of the case's operator                             → OPERATOR
     * SI token of the recipient's subscription to the démarche     → RECIPIENT, or UNKNOWN before transmission
     * any other token                                              → FORBIDDEN
     * </pre>
     */
    public static Verdict onCase(ApiCaller caller, CaseFacts c) {
        return switch (caller.scope()) {
            case ADMIN -> Verdict.ADMIN;
            case OSL -> c.operatorId().equals(caller.organizationId()) ? Verdict.OPERATOR : Verdict.FORBIDDEN;
            case SI -> c.recipientId().equals(caller.organizationId()) && c.procedureId().equals(caller.procedureId())
                    ? (c.transmitted() ? Verdict.RECIPIENT : Verdict.UNKNOWN) : Verdict.FORBIDDEN;
            default -> Verdict.FORBIDDEN;
        };
    }

    /** A folder is its operator's (OSL token) or the administration's (ADMIN token). */
    public static boolean onFolder(ApiCaller caller, UUID operatorId) {
        return caller.scope() == ApiScope.ADMIN
                || caller.scope() == ApiScope.OSL && operatorId.equals(caller.organizationId());
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
