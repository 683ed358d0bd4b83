package fr.gouv.hubee.interfaces.web.users;

import fr.gouv.hubee.application.user.NewUser;
import fr.gouv.hubee.application.user.UserService;
import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.interfaces.web.security.Messages;
import fr.gouv.hubee.interfaces.web.shell.Actions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * « Ajouter un utilisateur » (utilisateur-nouveau.xhtml, guide §5.1.3): roles come from the actor
 * type's defaults; the account receives the activation mail. The subscription page links here
 * with {@code type} and {@code email} to create a technical delegate.
 */
@Named
@ViewScoped
public class UserCreation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserService users;

    private AccountForm form = new AccountForm();
    private String email;

    public boolean isChanged() {
        return !form.sameAs(new AccountForm()) || (email != null && !email.isBlank());
    }

    public boolean isCanAdd() {
        return form.isComplete() && email != null && !email.isBlank();
    }

    public String add() {
        if (!Actions.attempt(() -> users.create(new NewUser(form.getActorType(), form.procedureUuids(), email,
                form.getCivility(), form.getFirstName(), form.getLastName(), form.getFunction(), form.getPhone(),
                form.getSecondaryPhone())))) {
            return null;
        }
        Messages.info("user.created", email.strip());
        return "/app/utilisateurs?faces-redirect=true";
    }

    public void cancel() {
        form = new AccountForm();
        email = null;
    }

    public AccountForm getForm() {
        return form;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }

    /** Preset from the subscription page (« créer le compte du délégué technique »). */
    public String getType() {
        return form.getActorType() == null ? null : form.getActorType().name();
    }

    public void setType(String type) {
        if (type != null && !type.isBlank()) {
            try {
                ActorType actor = ActorType.valueOf(type);
                if (actor != ActorType.ADMIN) {
                    form.setActorType(actor);
                }
            } catch (IllegalArgumentException ignored) {
                // an unknown value in the address is simply not preset
            }
        }
    }
}
