package fr.gouv.hubee.domain.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalEmailTest {

    @ParameterizedTest
    @ValueSource(strings = {"contact@mairie-clamart.fr", "mairie@ville.fr", "Accueil@commune.fr", "secretariat@x.fr",
        "secrétariat@x.fr", "etat-civil@clamart.fr", "mairie.clamart@gmail.com", "ne-pas-repondre@x.fr", "info@x.fr"})
    void serviceMailboxesAreRefusedForAccounts(String email) {
        assertTrue(PersonalEmail.isFunctionalMailbox(email), email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jean.martin@mairie-clamart.fr", "c.dupont@ville.fr", "jean.mairie@x.fr", "infirmier.paul@x.fr",
        "contactless@x.fr", "not-an-email"})
    void personalAddressesAreAccepted(String email) {
        assertFalse(PersonalEmail.isFunctionalMailbox(email), email);
    }
}
