package fr.gouv.hubee.interfaces.web.shell;

import fr.gouv.hubee.application.AccessDeniedException;
import fr.gouv.hubee.application.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The page of a refusal (403) or of something not found (404), with its HTTP status. An unknown
 * object and someone else's ({@link AccessDeniedException#hiding}) get the same status and words
 * — « Ce télédossier est introuvable ou ne vous est pas accessible » — so that the page reveals
 * nothing; a missing role is a plain 403.
 */
@Named
@RequestScoped
public class ErrorPage {

    private String what;

    private boolean forbidden;

    /** Reads the error the container forwarded here and sets the status the answer carries. */
    public void respond() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        Object thrown = context.getRequestMap().get("jakarta.servlet.error.exception");
        Object code = context.getRequestMap().get("jakarta.servlet.error.status_code");
        if (thrown instanceof NotFoundException notFound) {
            what = notFound.getWhat();
        } else if (thrown instanceof AccessDeniedException denied) {
            what = denied.getHidden();
            forbidden = what == null;
        } else {
            forbidden = Integer.valueOf(403).equals(code);
        }
        context.setResponseStatus(forbidden ? 403 : 404);
    }

    public String getTitleKey() {
        return forbidden ? "errors.forbidden.title" : what == null ? "errors.notFound.title" : what + ".notFound.title";
    }

    public String getTextKey() {
        return forbidden ? "errors.forbidden.text" : what == null ? "errors.notFound.text" : what + ".notFound";
    }
}
