package fr.gouv.hubee.interfaces.web.shell;

import fr.gouv.hubee.application.NotFoundException;
import java.util.UUID;

/** The {@code id} of a page's address: a malformed one is a page not found, not an error. */
public final class PageIds {

    private PageIds() {
    }

    public static UUID parse(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            throw new NotFoundException(what);
        }
    }
}
