package fr.gouv.hubee.domain.model.user;

/**
 * The actor types of the guide (§2.1), plus the national administrator (DINUM) who runs the hub.
 * Default roles per type: {@code domain.rules.DefaultRoles}.
 */
public enum ActorType {
    LOCAL_ADMIN, TECHNICAL_DELEGATE, AGENT, ADMIN;

    /** Administrators log in in two steps (guide §3.1). */
    public boolean isAdministrator() {
        return this == LOCAL_ADMIN || this == ADMIN;
    }
}
