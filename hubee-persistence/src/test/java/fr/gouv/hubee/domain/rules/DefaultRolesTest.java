package fr.gouv.hubee.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.Role;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class DefaultRolesTest {

    @Test
    void rolesOfTheGuideTable() {
        assertEquals(EnumSet.of(Role.SUBSCRIPTION_MANAGE, Role.USER_MANAGE), DefaultRoles.of(ActorType.LOCAL_ADMIN));
        assertEquals(EnumSet.of(Role.SUBSCRIPTION_MANAGE), DefaultRoles.of(ActorType.TECHNICAL_DELEGATE));
        assertEquals(EnumSet.of(Role.DOSSIER_MANAGE), DefaultRoles.of(ActorType.AGENT));
        assertEquals(EnumSet.of(Role.SUBSCRIPTION_MANAGE, Role.USER_MANAGE), DefaultRoles.of(ActorType.ADMIN));
    }

    @Test
    void defaultsAreCopiesTheCallerMayExtend() {
        DefaultRoles.of(ActorType.AGENT).add(Role.USER_VIEW);
        assertEquals(EnumSet.of(Role.DOSSIER_MANAGE), DefaultRoles.of(ActorType.AGENT));
    }

    @Test
    void agentsNeedHabilitationsLocalAdministratorsDoNot() {
        assertTrue(DefaultRoles.needsHabilitation(ActorType.AGENT));
        assertTrue(DefaultRoles.needsHabilitation(ActorType.TECHNICAL_DELEGATE));
        assertFalse(DefaultRoles.needsHabilitation(ActorType.LOCAL_ADMIN));
    }
}
