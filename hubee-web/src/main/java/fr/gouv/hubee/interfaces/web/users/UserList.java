package fr.gouv.hubee.interfaces.web.users;

import fr.gouv.hubee.application.user.UserService;
import fr.gouv.hubee.application.user.UserSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** « Gestion des comptes » (utilisateurs.xhtml), first page only until issue #5. */
@Named
@RequestScoped
public class UserList {

    @Inject
    UserService users;

    private List<UserSummary> rows;

    public List<UserSummary> getRows() {
        if (rows == null) {
            rows = users.listOrganizationUsers(0, 100);
        }
        return rows;
    }
}
