package fr.gouv.hubee.domain.model.audit;

/** What the security audit records (issue #3). */
public enum AuditType {
    LOGIN_SUCCESS, LOGIN_FAILURE, LOGIN_REFUSED_INACTIVE, LOGIN_REFUSED_LOCKED, LOGIN_REFUSED_IP_LIMIT, LOCKOUT,
    PASSWORD_EXPIRED, PASSWORD_CHANGED, PASSWORD_RESET_REQUESTED, ACTIVATION_SENT, CODE_SENT, CODE_ACCEPTED,
    CODE_REJECTED, API_SECRET_GENERATED, SUBSCRIPTION_CHANGED, DEACTIVATED_INACTIVE,
    /** Roles, habilitations, actor type or activation of an account changed (who did it in the detail). */
    RIGHTS_CHANGED,
    /** Someone reached for an object of another organisation (a dossier by URL, a case with a token). */
    ACCESS_REFUSED,
    /** A download of dossiers' files (one attachment or a ZIP) or an export of the list. */
    DOWNLOAD,
    EXPORT;

    /** Changes of rights are kept 3 years, everything else (access decisions) 6 months: {@code AuditRetention}. */
    public boolean isRightsChange() {
        return this == RIGHTS_CHANGED;
    }
}
