package fr.gouv.hubee.domain.model.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void dossiersAreRoutedFromTheActivationDateUntilASuspension() {
        Subscription s = new Subscription(null, null, 1L, null);
        assertFalse(s.acceptsDossiersOn(TODAY), "never activated");
        s.activateFrom(TODAY.plusDays(3), TODAY);
        assertEquals(SubscriptionStatus.INACTIVE, s.getStatus());
        assertFalse(s.acceptsDossiersOn(TODAY.plusDays(2)));
        assertTrue(s.acceptsDossiersOn(TODAY.plusDays(3)), "before the timer flips it, the date alone decides");
        s.suspend(TODAY.plusDays(4));
        assertFalse(s.acceptsDossiersOn(TODAY.plusDays(5)));
        s.activateFrom(TODAY.plusDays(6), TODAY.plusDays(6));
        assertEquals(SubscriptionStatus.ACTIVE, s.getStatus());
        assertEquals(null, s.getSuspensionDate());
        assertEquals("subscription.activation.past", assertThrows(BusinessRuleException.class,
                () -> s.activateFrom(TODAY, TODAY.plusDays(1))).getMessageKey());
    }

    @Test
    void aSubscriptionNeverActivatedHasNothingToSuspend() {
        Subscription s = new Subscription(null, null, 1L, null);
        assertEquals("subscription.suspend.inactive", assertThrows(BusinessRuleException.class,
                () -> s.suspend(TODAY)).getMessageKey());
        assertEquals(SubscriptionStatus.INACTIVE, s.getStatus());
        s.activateFrom(TODAY.plusDays(10), TODAY);
        s.suspend(TODAY);
        assertEquals(SubscriptionStatus.SUSPENDED, s.getStatus(), "a scheduled activation can be called off");
        assertEquals(TODAY, s.getSuspensionDate());
    }

    @Test
    void notificationAddressIsDroppedWithFrequencyNone() {
        Subscription s = new Subscription(null, null, 1L, null);
        s.configureNotifications(NotificationFrequency.NONE, "etat-civil@mairie.test");
        assertEquals(null, s.getNotificationEmail());
        s.configureNotifications(NotificationFrequency.DAILY, "etat-civil@mairie.test");
        assertEquals("etat-civil@mairie.test", s.getNotificationEmail());
    }

    @Test
    void frequenciesReadTheContractsFrenchValuesAndTheNames() {
        assertEquals(Optional.of(NotificationFrequency.UNIT), NotificationFrequency.parse("unitaire"));
        assertEquals(Optional.of(NotificationFrequency.TWICE_DAILY), NotificationFrequency.parse(" Biquotidienne "));
        assertEquals(Optional.of(NotificationFrequency.DAILY), NotificationFrequency.parse("DAILY"));
        assertEquals(Optional.of(NotificationFrequency.NONE), NotificationFrequency.parse(null));
        assertEquals(Optional.empty(), NotificationFrequency.parse("hebdomadaire"));
        assertEquals("unitaire", NotificationFrequency.UNIT.apiLabel());
    }
}
