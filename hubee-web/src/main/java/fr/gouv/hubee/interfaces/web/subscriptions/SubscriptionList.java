package fr.gouv.hubee.interfaces.web.subscriptions;

import fr.gouv.hubee.application.subscription.SubscriptionService;
import fr.gouv.hubee.application.subscription.SubscriptionSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** « Gestion des abonnements » (abonnements.xhtml): the list; each row opens abonnement.xhtml. */
@Named
@RequestScoped
public class SubscriptionList {

    @Inject
    SubscriptionService subscriptions;

    private List<SubscriptionSummary> rows;

    public List<SubscriptionSummary> getRows() {
        if (rows == null) {
            rows = subscriptions.listMine();
        }
        return rows;
    }
}
