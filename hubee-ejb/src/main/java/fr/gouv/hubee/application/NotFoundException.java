package fr.gouv.hubee.application;

import jakarta.ejb.ApplicationException;

/**
 * The requested object does not exist, or is not the caller's to know of (a dossier of another
 * organisation is answered like an unknown one). {@link #getMessageKey()} names the French page
 * text, e.g. {@code dossier.notFound}. Rolls back.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String what;

    public NotFoundException(String what) {
        super(what + " not found");
        this.what = what;
    }

    /** The kind of object, e.g. {@code dossier}. */
    public String getWhat() {
        return what;
    }

    public String getMessageKey() {
        return what + ".notFound";
    }
}
