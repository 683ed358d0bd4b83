package fr.gouv.hubee.application.security;

import fr.gouv.hubee.application.AccessDeniedException;
import fr.gouv.hubee.domain.model.user.User;
import fr.gouv.hubee.infrastructure.persistence.UserRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.security.Principal;

/**
 * Resolves the container's caller principal (the login email) to a {@link Caller}. An anonymous,
 * unknown or deactivated caller is refused.
 */
@Dependent
public class CurrentCaller {

    @Inject
    Principal principal;

    @Inject
    UserRepository users;

    public Caller get() {
        String name = principal == null ? null : principal.getName();
        User user = name == null ? null : users.findByEmail(name).orElse(null);
        if (user == null || !user.isActive()) {
            throw new AccessDeniedException("not authenticated");
        }
        return new Caller(user.getId(), user.displayName(), user.getOrganization().getId(),
                user.getActorType(), user.getRoles(), users.habilitatedProcedureIds(user.getId()));
    }

    /**
     * The caller's user entity, for services that record an author. Found by id in the
     * persistence context {@link #get()} already filled: no second lookup.
     */
    public User user(Caller caller) {
        return users.find(caller.userId()).orElseThrow();
    }
}
