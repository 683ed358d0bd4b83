package fr.gouv.hubee.domain.rules;

import fr.gouv.hubee.domain.model.shared.SearchKey;
import java.util.Set;

/**
 * Accounts are personal (guide §5.1.3: « Il est interdit de saisir une adresse mail de type BAL
 * fonctionnelle »): an address whose local part is, or starts with, a service name (contact@,
 * mairie.clamart@, etat-civil@…) is refused for an account. Notification addresses of
 * subscriptions may be generic; this rule is for logins only.
 */
public final class PersonalEmail {

    private static final Set<String> FUNCTIONAL = Set.of("contact", "mairie", "accueil", "secretariat", "secretaire",
            "etat-civil", "etatcivil", "etat_civil", "info", "infos", "information", "courrier", "direction",
            "administration", "admin", "service", "services", "standard", "population", "urbanisme", "noreply",
            "no-reply", "ne-pas-repondre", "nepasrepondre", "webmaster", "postmaster", "dgs", "rh", "compta",
            "comptabilite", "mail", "commune", "ville", "cabinet", "support", "elections", "social", "ccas");

    private PersonalEmail() {
    }

    public static boolean isFunctionalMailbox(String email) {
        if (email == null || !email.contains("@")) {
            return false;
        }
        String local = SearchKey.of(email.substring(0, email.lastIndexOf('@')));
        String firstToken = local.split("[._+-]")[0];
        return FUNCTIONAL.contains(local) || FUNCTIONAL.contains(firstToken);
    }
}
