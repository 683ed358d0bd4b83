package fr.gouv.hubee.domain.model.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void manageRolesGrantTheirViewRoleOnly() {
        for (Role held : Role.values()) {
            for (Role asked : Role.values()) {
                boolean expected = held == asked
                        || held == Role.DOSSIER_MANAGE && asked == Role.DOSSIER_VIEW
                        || held == Role.USER_MANAGE && asked == Role.USER_VIEW
                        || held == Role.SUBSCRIPTION_MANAGE && asked == Role.SUBSCRIPTION_VIEW;
                assertEquals(expected, held.grants(asked), held + " grants " + asked);
            }
        }
    }

    @Test
    void userHasARoleThroughItsManageRole() {
        User user = new User(null, " Jeanne.Martin@Mairie.test ", "Jeanne", "Martin",
                ActorType.AGENT, List.of(Role.DOSSIER_MANAGE));
        assertTrue(user.has(Role.DOSSIER_VIEW));
        assertFalse(user.has(Role.USER_VIEW));
        assertEquals("jeanne.martin@mairie.test", User.emailKey(user.getEmail()));
        assertEquals("Jeanne MARTIN", user.displayName());
    }

    @Test
    void reactivationLiftsTheLockout() {
        User user = new User(null, "a@b.test", "A", "B", ActorType.AGENT, EnumSet.noneOf(Role.class));
        user.recordFailedLogin(java.time.Instant.parse("2030-01-01T00:00:00Z"));
        user.deactivate();
        user.activate();
        assertTrue(user.isActive());
        assertEquals(0, user.getFailedAttempts());
        assertEquals(null, user.getLockedUntil());
    }
}
