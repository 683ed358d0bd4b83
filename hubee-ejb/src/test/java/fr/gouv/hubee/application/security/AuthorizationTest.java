package fr.gouv.hubee.application.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.gouv.hubee.application.AccessDeniedException;
import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.Role;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuthorizationTest {

    private static final UUID ORG_A = UUID.randomUUID();
    private static final UUID ORG_B = UUID.randomUUID();
    private static final UUID CERTDC = UUID.randomUUID();
    private static final UUID PACS = UUID.randomUUID();

    private static Caller caller(ActorType type, Set<Role> roles, Set<UUID> habilitations) {
        return new Caller(UUID.randomUUID(), "Jeanne MARTIN", ORG_A, type, roles, habilitations);
    }

    @Test
    void agentReachesOnlyHisOrganisationAndHabilitations() {
        Caller agent = caller(ActorType.AGENT, Set.of(Role.DOSSIER_MANAGE), Set.of(CERTDC));
        assertDoesNotThrow(() -> Authorization.requireDossierAccess(agent, ORG_A, CERTDC, Role.DOSSIER_MANAGE));
        assertDoesNotThrow(() -> Authorization.requireDossierAccess(agent, ORG_A, CERTDC, Role.DOSSIER_VIEW));
        assertThrows(AccessDeniedException.class,
                () -> Authorization.requireDossierAccess(agent, ORG_A, PACS, Role.DOSSIER_VIEW));
        assertThrows(AccessDeniedException.class,
                () -> Authorization.requireDossierAccess(agent, ORG_B, CERTDC, Role.DOSSIER_VIEW));
        assertEquals(Optional.of(Set.of(CERTDC)), Authorization.visibleProcedures(agent));
    }

    @Test
    void viewRoleDoesNotAllowManaging() {
        Caller reader = caller(ActorType.AGENT, Set.of(Role.DOSSIER_VIEW), Set.of(CERTDC));
        assertDoesNotThrow(() -> Authorization.requireDossierAccess(reader, ORG_A, CERTDC, Role.DOSSIER_VIEW));
        assertThrows(AccessDeniedException.class,
                () -> Authorization.requireDossierAccess(reader, ORG_A, CERTDC, Role.DOSSIER_MANAGE));
    }

    @Test
    void localAdministratorSeesEveryDemarcheOfHisOrganisationOnlyWithADossierRole() {
        Caller admin = caller(ActorType.LOCAL_ADMIN, Set.of(Role.USER_MANAGE, Role.DOSSIER_VIEW), Set.of());
        assertDoesNotThrow(() -> Authorization.requireDossierAccess(admin, ORG_A, PACS, Role.DOSSIER_VIEW));
        assertEquals(Optional.empty(), Authorization.visibleProcedures(admin));
        assertThrows(AccessDeniedException.class,
                () -> Authorization.requireDossierAccess(admin, ORG_B, PACS, Role.DOSSIER_VIEW));

        Caller withoutDossierRole = caller(ActorType.LOCAL_ADMIN, Set.of(Role.USER_MANAGE), Set.of());
        assertThrows(AccessDeniedException.class, () -> Authorization.visibleProcedures(withoutDossierRole));
        assertThrows(AccessDeniedException.class,
                () -> Authorization.requireDossierAccess(withoutDossierRole, ORG_A, PACS, Role.DOSSIER_VIEW));
    }

    @Test
    void organisationScopeNeedsTheRoleToo() {
        Caller agent = caller(ActorType.AGENT, Set.of(Role.DOSSIER_MANAGE), Set.of());
        assertThrows(AccessDeniedException.class, () -> Authorization.requireOrganization(agent, ORG_A, Role.USER_VIEW));
        Caller admin = caller(ActorType.LOCAL_ADMIN, Set.of(Role.USER_MANAGE), Set.of());
        assertDoesNotThrow(() -> Authorization.requireOrganization(admin, ORG_A, Role.USER_VIEW));
        assertThrows(AccessDeniedException.class, () -> Authorization.requireOrganization(admin, ORG_B, Role.USER_VIEW));
    }
}
