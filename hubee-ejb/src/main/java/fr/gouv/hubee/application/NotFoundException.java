package fr.gouv.hubee.application;

import jakarta.ejb.ApplicationException;

/**
 * The requested object does not exist, or is not the caller's to know of (a dossier of another
 * organisation is answered like an unknown one). {@link #getMessageKey()} names the French page
 * text, e.g. {@code dossier.notFound}; {@link #getDetail()}, for the API, the contract's English
 * message (« Case is not found »). Rolls back.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String what;

    private final String detail;

    public NotFoundException(String what) {
        this(what, null);
    }

    public NotFoundException(String what, String detail) {
        super(detail != null ? detail : what + " not found");
        this.what = what;
        this.detail = detail;
    }

    /** The kind of object, e.g. {@code dossier}. */
    public String getWhat() {
        return what;
    }

    public String getMessageKey() {
        return what + ".notFound";
    }

    /** The contract's English message, or null. */
    public String getDetail() {
        return detail;
    }
}
