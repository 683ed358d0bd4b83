package fr.gouv.hubee.application.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.hubee.application.AccessDeniedException;
import fr.gouv.hubee.domain.model.audit.AuditType;
import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

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
        assertDoesNotThrow(() -> AccessPolicy.requireDossierAccess(agent, ORG_A, CERTDC, Role.DOSSIER_MANAGE));
        assertDoesNotThrow(() -> AccessPolicy.requireDossierAccess(agent, ORG_A, CERTDC, Role.DOSSIER_VIEW));
        assertThrows(AccessDeniedException.class,
                () -> AccessPolicy.requireDossierAccess(agent, ORG_A, PACS, Role.DOSSIER_VIEW));
        assertThrows(AccessDeniedException.class,
                () -> AccessPolicy.requireDossierAccess(agent, ORG_B, CERTDC, Role.DOSSIER_VIEW));
        assertEquals(Optional.of(Set.of(CERTDC)), AccessPolicy.visibleProcedures(agent));
    }

    @Test
    void viewRoleDoesNotAllowManaging() {
        Caller reader = caller(ActorType.AGENT, Set.of(Role.DOSSIER_VIEW), Set.of(CERTDC));
        assertDoesNotThrow(() -> AccessPolicy.requireDossierAccess(reader, ORG_A, CERTDC, Role.DOSSIER_VIEW));
        assertThrows(AccessDeniedException.class,
                () -> AccessPolicy.requireDossierAccess(reader, ORG_A, CERTDC, Role.DOSSIER_MANAGE));
    }

    @Test
    void localAdministratorSeesEveryDemarcheOfHisOrganisationOnlyWithADossierRole() {
        Caller admin = caller(ActorType.LOCAL_ADMIN, Set.of(Role.USER_MANAGE, Role.DOSSIER_VIEW), Set.of());
        assertDoesNotThrow(() -> AccessPolicy.requireDossierAccess(admin, ORG_A, PACS, Role.DOSSIER_VIEW));
        assertEquals(Optional.empty(), AccessPolicy.visibleProcedures(admin));
        assertThrows(AccessDeniedException.class,
                () -> AccessPolicy.requireDossierAccess(admin, ORG_B, PACS, Role.DOSSIER_VIEW));

        Caller withoutDossierRole = caller(ActorType.LOCAL_ADMIN, Set.of(Role.USER_MANAGE), Set.of());
        assertThrows(AccessDeniedException.class, () -> AccessPolicy.visibleProcedures(withoutDossierRole));
        assertThrows(AccessDeniedException.class,
                () -> AccessPolicy.requireDossierAccess(withoutDossierRole, ORG_A, PACS, Role.DOSSIER_VIEW));
    }

    @Test
    void organisationScopeNeedsTheRoleToo() {
        Caller agent = caller(ActorType.AGENT, Set.of(Role.DOSSIER_MANAGE), Set.of());
        assertThrows(AccessDeniedException.class, () -> AccessPolicy.requireOrganization(agent, ORG_A, Role.USER_VIEW));
        Caller admin = caller(ActorType.LOCAL_ADMIN, Set.of(Role.USER_MANAGE), Set.of());
        assertDoesNotThrow(() -> AccessPolicy.requireOrganization(admin, ORG_A, Role.USER_VIEW));
        assertThrows(AccessDeniedException.class, () -> AccessPolicy.requireOrganization(admin, ORG_B, Role.USER_VIEW));
    }

    private static final UUID OPERATOR = UUID.randomUUID();

    private static AccessPolicy.CaseFacts aCase(UUID recipient, UUID procedure, boolean transmitted) {
        return new AccessPolicy.CaseFacts(recipient, procedure, OPERATOR, transmitted);
    }

    /** The portal's decision table, row by row (see {@link AccessPolicy#onCase(Caller, Role, AccessPolicy.CaseFacts)}). */
    @Test
    void anAgentIsTheRecipientOfHisOrganisationsTransmittedCasesOfHisDemarchesOnly() {
        Caller agent = caller(ActorType.AGENT, Set.of(Role.DOSSIER_VIEW), Set.of(CERTDC));
        assertEquals(AccessPolicy.Verdict.FORBIDDEN, AccessPolicy.onCase(agent, Role.DOSSIER_MANAGE, aCase(ORG_A, CERTDC, true)),
                "role missing");
        assertEquals(AccessPolicy.Verdict.UNKNOWN, AccessPolicy.onCase(agent, Role.DOSSIER_VIEW, aCase(ORG_A, CERTDC, false)),
                "not transmitted: as if it did not exist");
        assertEquals(AccessPolicy.Verdict.FORBIDDEN, AccessPolicy.onCase(agent, Role.DOSSIER_VIEW, aCase(ORG_B, CERTDC, true)),
                "another organisation's");
        assertEquals(AccessPolicy.Verdict.FORBIDDEN, AccessPolicy.onCase(agent, Role.DOSSIER_VIEW, aCase(ORG_A, PACS, true)),
                "no habilitation");
        assertEquals(AccessPolicy.Verdict.RECIPIENT, AccessPolicy.onCase(agent, Role.DOSSIER_VIEW, aCase(ORG_A, CERTDC, true)));
        Caller admin = caller(ActorType.LOCAL_ADMIN, Set.of(Role.DOSSIER_VIEW), Set.of());
        assertEquals(AccessPolicy.Verdict.RECIPIENT, AccessPolicy.onCase(admin, Role.DOSSIER_VIEW, aCase(ORG_A, PACS, true)),
                "a local administrator needs no habilitation");
    }

    /** The API's decision table (see {@link AccessPolicy#onCase(fr.gouv.hubee.application.api.ApiCaller, AccessPolicy.CaseFacts)}). */
    @Test
    void softwareStandsOnTheSideItsTokenGives() {
        var si = new fr.gouv.hubee.application.api.ApiCaller(fr.gouv.hubee.domain.model.api.ApiScope.SI, "si-a", UUID.randomUUID(),
                ORG_A, CERTDC);
        var osl = new fr.gouv.hubee.application.api.ApiCaller(fr.gouv.hubee.domain.model.api.ApiScope.OSL, "osl", null, OPERATOR, null);
        var otherOsl = new fr.gouv.hubee.application.api.ApiCaller(fr.gouv.hubee.domain.model.api.ApiScope.OSL, "osl2", null,
                ORG_B, null);
        var admin = new fr.gouv.hubee.application.api.ApiCaller(fr.gouv.hubee.domain.model.api.ApiScope.ADMIN, "admin", null, null, null);
        var datapass = new fr.gouv.hubee.application.api.ApiCaller(fr.gouv.hubee.domain.model.api.ApiScope.DATAPASS, "dp", null, null,
                null);
        assertEquals(AccessPolicy.Verdict.RECIPIENT, AccessPolicy.onCase(si, aCase(ORG_A, CERTDC, true)));
        assertEquals(AccessPolicy.Verdict.UNKNOWN, AccessPolicy.onCase(si, aCase(ORG_A, CERTDC, false)));
        assertEquals(AccessPolicy.Verdict.FORBIDDEN, AccessPolicy.onCase(si, aCase(ORG_A, PACS, true)), "another démarche");
        assertEquals(AccessPolicy.Verdict.FORBIDDEN, AccessPolicy.onCase(si, aCase(ORG_B, CERTDC, true)), "another town hall");
        assertEquals(AccessPolicy.Verdict.OPERATOR, AccessPolicy.onCase(osl, aCase(ORG_A, CERTDC, false)),
                "the operator knows its case before transmission");
        assertEquals(AccessPolicy.Verdict.FORBIDDEN, AccessPolicy.onCase(otherOsl, aCase(ORG_A, CERTDC, true)));
        assertEquals(AccessPolicy.Verdict.ADMIN, AccessPolicy.onCase(admin, aCase(ORG_B, PACS, false)));
        assertEquals(AccessPolicy.Verdict.FORBIDDEN, AccessPolicy.onCase(datapass, aCase(ORG_A, CERTDC, true)));
        assertTrue(AccessPolicy.onFolder(osl, OPERATOR));
        assertFalse(AccessPolicy.onFolder(otherOsl, OPERATOR));
        assertTrue(AccessPolicy.onFolder(admin, OPERATOR));
        assertFalse(AccessPolicy.onFolder(si, OPERATOR));
    }

    @Test
    void theAuditJournalIsForAdministratorsEachWithinHisReach() {
        assertTrue(AccessPolicy.auditScope(caller(ActorType.ADMIN, Set.of(), Set.of())).everything());
        Caller local = caller(ActorType.LOCAL_ADMIN, Set.of(Role.USER_MANAGE), Set.of());
        AccessPolicy.AuditScope scope = AccessPolicy.auditScope(local);
        assertEquals(local.organizationId(), scope.organizationId());
        assertEquals(Set.of(AuditType.RIGHTS_CHANGED), scope.types());
        for (ActorType other : List.of(ActorType.AGENT, ActorType.TECHNICAL_DELEGATE)) {
            assertThrows(AccessDeniedException.class, () -> AccessPolicy.auditScope(
                    caller(other, Set.of(Role.USER_MANAGE, Role.DOSSIER_MANAGE), Set.of())), other.name());
        }
    }
}
