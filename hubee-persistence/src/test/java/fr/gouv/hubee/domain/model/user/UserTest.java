package fr.gouv.hubee.domain.model.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An account signs every event its person writes: both names are required, whatever the channel. */
class UserTest {

    @Test
    void anAccountWithoutBothNamesIsRefusedAtCreationAndRenaming() {
        for (String[] names : new String[][] {{null, "Petit"}, {"Lucas", " "}, {"", ""}}) {
            assertEquals("user.name.required", assertThrows(BusinessRuleException.class,
                    () -> new User(null, "lucas.petit@mairie-clamart.test", names[0], names[1], ActorType.AGENT,
                            Set.of())).getMessageKey());
        }
        User user = new User(null, " Lucas.Petit@Mairie-Clamart.test ", " Lucas ", "Petit", ActorType.AGENT, Set.of());
        assertEquals("Lucas PETIT", user.displayName());
        assertThrows(BusinessRuleException.class, () -> user.rename("Lucas", null));
        assertEquals("Lucas PETIT", user.displayName(), "unchanged");
    }
}
