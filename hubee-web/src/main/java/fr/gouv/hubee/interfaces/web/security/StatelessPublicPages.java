package fr.gouv.hubee.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Named;
import java.util.Set;

/**
 * The anonymous pages (welcome, login, forgotten password, terms, help, accessibility, errors) keep no view state, so
 * reading them creates no HTTP session: a crawler or a flood of visits costs the server nothing,
 * and a session starts at login. Marked as soon as the view exists, before PrimeFaces' CSP nonce
 * (which would otherwise be kept in the view map, hence the session); the template's
 * {@code f:view transient} asks the same question ({@code #{statelessPublicPages.covers(…)}}) so
 * that a post back to them is restored without state. Their forms are protected by
 * {@link SameOriginPosts} instead of a ViewState key.
 */
@Named
@ApplicationScoped
public class StatelessPublicPages implements PhaseListener {

    private static final Set<String> PAGES = Set.of("/index.xhtml", "/connexion.xhtml", "/mot-de-passe-oublie.xhtml",
            "/cgu.xhtml", "/aide.xhtml", "/accessibilite.xhtml");

    public boolean covers(String viewId) {
        return viewId != null && (PAGES.contains(viewId) || viewId.startsWith("/WEB-INF/errors/"));
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        UIViewRoot view = event.getFacesContext().getViewRoot();
        if (view != null && covers(view.getViewId())) {
            view.setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
