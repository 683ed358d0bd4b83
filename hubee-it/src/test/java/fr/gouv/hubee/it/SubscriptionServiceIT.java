package fr.gouv.hubee.it;

import static fr.gouv.hubee.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.gouv.hubee.application.AccessDeniedException;
import fr.gouv.hubee.application.subscription.SubscriptionService;
import fr.gouv.hubee.application.subscription.SubscriptionSummary;
import fr.gouv.hubee.domain.model.user.ActorType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code SubscriptionService}'s scoping on its own town halls ({@link Fixtures}): a local
 * administrator sees his organisation's subscriptions, a technical delegate exactly those
 * delegated to him, across organisations. Activation, suspension and credentials are
 * {@code AdministrationIT}'s.
 */
@ExtendWith(ArquillianExtension.class)
class SubscriptionServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return TestServer.earWith(SubscriptionServiceIT.class);
    }

    @Inject
    SubscriptionService subscriptions;

    @Inject
    Fixtures fixtures;

    @Test
    void technicalDelegateSeesExactlyTheSubscriptionsDelegatedToHimAcrossOrganisations() throws Exception {
        Fixtures.World certdc = fixtures.world("CERTDC", false);
        Fixtures.World coordonnees = fixtures.world("COORDONNEES", false);
        Fixtures.World etatCivil = fixtures.world("ETAT CIVIL", true);
        UUID clamart = fixtures.townHall("CLAMART", certdc, coordonnees, etatCivil);
        UUID toulon = fixtures.townHall("TOULON", certdc, etatCivil);
        String sophie = fixtures.account(clamart, ActorType.LOCAL_ADMIN, List.of());
        String paul = fixtures.account(toulon, ActorType.LOCAL_ADMIN, List.of());
        String marc = fixtures.account(fixtures.townHall("ÉDITEUR"), ActorType.TECHNICAL_DELEGATE, List.of());
        fixtures.delegate(clamart, coordonnees, marc);
        fixtures.delegate(toulon, etatCivil, marc);

        List<SubscriptionSummary> mine = as(marc, () -> subscriptions.listMine());
        assertEquals(Set.of("COMMUNE DE CLAMART/" + coordonnees.procedureCode(), "COMMUNE DE TOULON/" + etatCivil.procedureCode()),
                Set.copyOf(mine.stream().map(s -> s.organization() + "/" + s.procedureCode()).toList()));

        List<SubscriptionSummary> clamartSubscriptions = as(sophie, () -> subscriptions.listMine());
        assertEquals(3, clamartSubscriptions.size());
        UUID clamartCertdc = clamartSubscriptions.stream().filter(s -> s.procedureCode().equals(certdc.procedureCode()))
                .findFirst().orElseThrow().id();
        assertThrows(AccessDeniedException.class, () -> as(paul, () -> subscriptions.get(clamartCertdc)));
        assertThrows(AccessDeniedException.class, () -> as(marc, () -> subscriptions.get(clamartCertdc)));
    }
}
