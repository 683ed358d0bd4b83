package fr.gouv.hubee.domain.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void plausibleAddressesOnly() {
        assertTrue(EmailAddress.isValid("etat-civil@mairie-clamart.fr"));
        assertTrue(EmailAddress.isValid(" agent.nom@ville.gouv.fr "));
        assertFalse(EmailAddress.isValid("agent@localhost"));
        assertFalse(EmailAddress.isValid("agent nom@ville.fr"));
        assertFalse(EmailAddress.isValid("a@b@ville.fr"));
        assertFalse(EmailAddress.isValid(null));
        assertFalse(EmailAddress.isValid("x".repeat(320) + "@ville.fr"));
    }
}
