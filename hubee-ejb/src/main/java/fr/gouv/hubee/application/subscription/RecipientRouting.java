package fr.gouv.hubee.application.subscription;

import fr.gouv.hubee.infrastructure.persistence.SubscriptionRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Whether a dossier may be routed to an organisation: it holds a subscription to the démarche,
 * activated on or before that day and not suspended (the folder intake of the API asks it).
 */
@Stateless
@PermitAll
public class RecipientRouting {

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    Clock clock;

    public boolean accepts(UUID organizationId, UUID procedureId, LocalDate day) {
        return subscriptions.findByOrganizationAndProcedure(organizationId, procedureId)
                .map(s -> s.acceptsDossiersOn(day)).orElse(false);
    }

    public boolean acceptsToday(UUID organizationId, UUID procedureId) {
        return accepts(organizationId, procedureId, LocalDate.now(clock));
    }
}
