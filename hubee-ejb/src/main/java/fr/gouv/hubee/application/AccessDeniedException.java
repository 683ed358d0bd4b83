package fr.gouv.hubee.application;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not do this (role, organisation or habilitation missing). Rolls back. When the
 * refusal concerns an object the caller must not even learn of ({@link #hiding}: another town
 * hall's dossier), the edges answer it like an unknown one.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String hidden;

    public AccessDeniedException(String reason) {
        this(reason, null);
    }

    private AccessDeniedException(String reason, String hidden) {
        super(reason);
        this.hidden = hidden;
    }

    /** A refusal on an object of kind {@code what} (e.g. {@code dossier}) whose existence stays secret. */
    public static AccessDeniedException hiding(String what) {
        return new AccessDeniedException(what + " of someone else", what);
    }

    /** The kind of object kept secret, or null for a plain refusal (a missing role). */
    public String getHidden() {
        return hidden;
    }
}
