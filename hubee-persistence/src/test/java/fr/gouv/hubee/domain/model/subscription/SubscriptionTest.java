package fr.gouv.hubee.domain.model.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final Subscription subscription = new Subscription(null, null, 42L, null);

    @Test
    void startsInactiveAndRoutesNothing() {
        assertEquals(SubscriptionStatus.INACTIVE, subscription.getStatus());
        assertFalse(subscription.acceptsDossiersOn(TODAY));
    }

    @Test
    void activationTodayIsImmediate() {
        subscription.activateFrom(TODAY, TODAY);
        assertEquals(SubscriptionStatus.ACTIVE, subscription.getStatus());
        assertTrue(subscription.acceptsDossiersOn(TODAY));
    }

    @Test
    void futureActivationRoutesOnlyFromItsDate() {
        LocalDate later = TODAY.plusDays(3);
        subscription.activateFrom(later, TODAY);
        assertEquals(SubscriptionStatus.INACTIVE, subscription.getStatus());
        assertFalse(subscription.acceptsDossiersOn(later.minusDays(1)));
        assertTrue(subscription.acceptsDossiersOn(later));

        assertFalse(subscription.activateIfDue(later.minusDays(1)));
        assertTrue(subscription.activateIfDue(later));
        assertEquals(SubscriptionStatus.ACTIVE, subscription.getStatus());
        assertFalse(subscription.activateIfDue(later), "already active");
    }

    @Test
    void activationInThePastIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> subscription.activateFrom(TODAY.minusDays(1), TODAY));
    }

    @Test
    void suspensionStopsRoutingAndReactivationResumesIt() {
        subscription.activateFrom(TODAY, TODAY);
        subscription.suspend(TODAY.plusDays(1));
        assertEquals(SubscriptionStatus.SUSPENDED, subscription.getStatus());
        assertEquals(TODAY.plusDays(1), subscription.getSuspensionDate());
        assertFalse(subscription.acceptsDossiersOn(TODAY.plusDays(2)));

        subscription.activateFrom(TODAY.plusDays(2), TODAY.plusDays(2));
        assertTrue(subscription.acceptsDossiersOn(TODAY.plusDays(2)));
        assertNull(subscription.getSuspensionDate());
    }

    @Test
    void refusedSubscriptionNeverRoutes() {
        subscription.activateFrom(TODAY, TODAY);
        subscription.refuse("hors périmètre");
        assertFalse(subscription.acceptsDossiersOn(TODAY.plusDays(10)));
    }

    @Test
    void noNotificationMeansNoAddressKept() {
        subscription.configureNotifications(NotificationFrequency.UNIT, "etat-civil@mairie.example");
        assertEquals("etat-civil@mairie.example", subscription.getNotificationEmail());
        subscription.configureNotifications(NotificationFrequency.NONE, "etat-civil@mairie.example");
        assertNull(subscription.getNotificationEmail());
    }
}
