package fr.gouv.hubee.interfaces.web.users;

import fr.gouv.hubee.application.user.UserDetails;
import fr.gouv.hubee.application.user.UserService;
import fr.gouv.hubee.application.user.UserUpdate;
import fr.gouv.hubee.domain.model.user.Role;
import fr.gouv.hubee.interfaces.web.security.Messages;
import fr.gouv.hubee.interfaces.web.shell.Actions;
import fr.gouv.hubee.interfaces.web.shell.PageIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * « Compte utilisateur » (utilisateur.xhtml, guide §5.1.2): general information with
 * Désactiver/Activer, personal information, roles and access. « Enregistrer les modifications »
 * is enabled only when something changed and the required fields are valid; « Annuler » restores.
 */
@Named
@ViewScoped
public class UserEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserService users;

    private String id;
    private UserDetails details;
    private AccountForm form;
    private AccountForm original;
    private List<Role> roles;

    public void load() {
        details = users.details(PageIds.parse(id, "user"));
        form = new AccountForm();
        form.setCivility(details.civility());
        form.setFirstName(details.firstName());
        form.setLastName(details.lastName());
        form.setFunction(details.function());
        form.setPhone(details.phone());
        form.setSecondaryPhone(details.secondaryPhone());
        form.setActorType(details.actorType());
        form.setProcedureIds(details.procedureIds().stream().map(UUID::toString).toList());
        original = form.copy();
        roles = new ArrayList<>(details.roles());
    }

    public boolean isChanged() {
        return !form.sameAs(original) || !new HashSet<>(roles).equals(details.roles());
    }

    public boolean isCanSave() {
        return isChanged() && form.isComplete();
    }

    public void save() {
        if (Actions.attempt(() -> users.update(details.id(), new UserUpdate(form.getCivility(), form.getFirstName(),
                form.getLastName(), form.getFunction(), form.getPhone(), form.getSecondaryPhone(), form.getActorType(),
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), form.procedureUuids())))) {
            load();
            Messages.info("user.saved");
        }
    }

    public void cancel() {
        load();
    }

    /** « Renvoyer le lien d'activation » (an account never activated). */
    public void resendActivation() {
        Actions.result(() -> users.resendActivation(details.id())).ifPresent(sent ->
                Messages.info(sent ? "user.activationResent" : "user.activationRecent", details.email()));
    }

    public void toggleActive() {
        if (Actions.attempt(() -> users.setActive(details.id(), !details.active()))) {
            Messages.info(details.active() ? "user.deactivated" : "user.activated");
            load();
        }
    }


    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public UserDetails getDetails() {
        return details;
    }

    public AccountForm getForm() {
        return form;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }
}
