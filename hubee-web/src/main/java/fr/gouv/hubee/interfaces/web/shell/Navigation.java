package fr.gouv.hubee.interfaces.web.shell;

import fr.gouv.hubee.application.dossier.DossierService;
import fr.gouv.hubee.application.user.UserService;
import fr.gouv.hubee.application.user.UserSummary;
import fr.gouv.hubee.domain.model.user.Role;
import fr.gouv.hubee.domain.model.dossier.PortalStatus;
import java.util.Map;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * The portal's shell: who is logged in, which menu entries he sees (TÉLÉDOSSIERS, UTILISATEURS,
 * ABONNEMENTS by role) and where he lands after login (guide §5.2.3). Hiding is a courtesy: the
 * services refuse what the roles do not allow.
 */
@Named
@RequestScoped
public class Navigation {

    @Inject
    UserService users;

    @Inject
    FacesContext faces;

    @Inject
    DossierService dossiers;

    private UserSummary me;
    private Map<String, Long> counts;
    private Map<PortalStatus, Long> statusCounts;

    public UserSummary getMe() {
        if (me == null) {
            me = users.me();
        }
        return me;
    }

    public boolean has(String role) {
        Role wanted = Role.valueOf(role);
        return getMe().roles().stream().anyMatch(r -> r.grants(wanted));
    }

    /** The left menu's counts per status name (one GROUP BY), for users with a dossier role. */
    public Map<String, Long> getCounts() {
        if (counts == null) {
            counts = new java.util.HashMap<>();
            statusCounts().forEach((status, count) -> counts.put(status.name(), count));
        }
        return counts;
    }

    /**
     * The caller's counts per status without filters, counted once per request: the dossier
     * list's tabs show the same figures when it has no filter (a big city's count is the
     * costliest statement of the page).
     */
    public Map<PortalStatus, Long> statusCounts() {
        if (statusCounts == null) {
            statusCounts = dossiers.countByStatus();
        }
        return statusCounts;
    }

    /** The landing page: dossiers with a dossier role, else subscriptions, else users. */
    public void land() throws IOException {
        String page = has("DOSSIER_VIEW") ? "/app/teledossiers.xhtml"
                : has("SUBSCRIPTION_VIEW") ? "/app/abonnements.xhtml"
                : has("USER_VIEW") ? "/app/utilisateurs.xhtml"
                : "/app/sans-role.xhtml";
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + page);
    }
}
