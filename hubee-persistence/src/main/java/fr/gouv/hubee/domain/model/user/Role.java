package fr.gouv.hubee.domain.model.user;

/**
 * The six roles of the guide (§2.2). A "manage" role includes the matching "view" role:
 * whoever may change dossiers may read them.
 */
public enum Role {
    DOSSIER_VIEW, DOSSIER_MANAGE, USER_VIEW, USER_MANAGE, SUBSCRIPTION_VIEW, SUBSCRIPTION_MANAGE;

    /** Whether holding this role grants {@code other}. */
    public boolean grants(Role other) {
        return this == other || switch (this) {
            case DOSSIER_MANAGE -> other == DOSSIER_VIEW;
            case USER_MANAGE -> other == USER_VIEW;
            case SUBSCRIPTION_MANAGE -> other == SUBSCRIPTION_VIEW;
            default -> false;
        };
    }
}
