package fr.gouv.hubee.interfaces.web.users;

import fr.gouv.hubee.application.user.UserFilter;
import fr.gouv.hubee.application.user.UserPage;
import fr.gouv.hubee.application.user.UserService;
import fr.gouv.hubee.application.user.UserSummary;
import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.Role;
import fr.gouv.hubee.interfaces.web.shell.PageWindow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;

/**
 * « Gestion des comptes » (utilisateurs.xhtml, guide §5.1.1): the organisation's users with
 * filters that add up (actor type, role, démarche, name from 2 characters), paged in the database.
 */
@Named
@ViewScoped
public class UserList implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    transient UserService users;

    private ActorType actorType;
    private Role role;
    private String procedureId;
    private String name;
    private boolean moreFilters;
    private int page;
    private transient UserPage current;

    public UserPage getPage() {
        if (current == null) {
            UUID procedure = procedureId == null || procedureId.isBlank() ? null : UUID.fromString(procedureId);
            current = users.search(new UserFilter(actorType, role, procedure, name), page * PAGE_SIZE, PAGE_SIZE);
        }
        return current;
    }

    public boolean isSingleAdministrator() {
        return users.hasSingleLocalAdministrator();
    }

    public void apply() {
        page = 0;
        current = null;
    }

    public void reset() {
        actorType = null;
        role = null;
        procedureId = null;
        name = null;
        apply();
    }

    public boolean isFiltered() {
        return actorType != null || role != null || (procedureId != null && !procedureId.isBlank())
                || (name != null && !name.isBlank());
    }

    public void next() {
        page++;
        current = null;
    }

    public void previous() {
        page = Math.max(0, page - 1);
        current = null;
    }

    public boolean isHasNext() {
        return window().hasNext();
    }

    public boolean isHasPrevious() {
        return window().hasPrevious();
    }

    private PageWindow window() {
        return new PageWindow(page, PAGE_SIZE, getPage().total());
    }

    /** « voir tout » only when the habilitations are many. */
    public boolean isLong(UserSummary user) {
        return user.habilitations().size() > 2;
    }

    public ActorType getActorType() {
        return actorType;
    }

    public void setActorType(ActorType actorType) {
        this.actorType = actorType;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getProcedureId() {
        return procedureId;
    }

    public void setProcedureId(String procedureId) {
        this.procedureId = procedureId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isMoreFilters() {
        return moreFilters;
    }

    public void toggleMoreFilters() {
        moreFilters = !moreFilters;
    }
}
