package fr.gouv.hubee.interfaces.web.home;

import fr.gouv.hubee.application.dossier.DossierService;
import fr.gouv.hubee.application.user.UserService;
import fr.gouv.hubee.application.user.UserSummary;
import fr.gouv.hubee.domain.model.user.Role;
import fr.gouv.hubee.domain.model.dossier.PortalStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** Placeholder home page behind login: the dossier counts of the caller (issue #4 brings the list). */
@Named
@RequestScoped
public class Home {

    @Inject
    DossierService dossiers;

    @Inject
    UserService users;

    private UserSummary me;
    private Map<PortalStatus, Long> counts;

    public UserSummary getMe() {
        if (me == null) {
            me = users.me();
        }
        return me;
    }

    /** The view hides the counts without a dossier role; the service refuses them anyway. */
    public boolean isDossierReader() {
        return getMe().roles().stream().anyMatch(r -> r.grants(Role.DOSSIER_VIEW));
    }

    public Map<PortalStatus, Long> getCounts() {
        if (counts == null) {
            counts = dossiers.countByStatus();
        }
        return counts;
    }

    public PortalStatus[] getStatuses() {
        return new PortalStatus[] {PortalStatus.NOUVEAU, PortalStatus.RECU, PortalStatus.EN_COURS,
            PortalStatus.EN_ATTENTE, PortalStatus.REFUSE, PortalStatus.TRAITE, PortalStatus.CLOS};
    }
}
