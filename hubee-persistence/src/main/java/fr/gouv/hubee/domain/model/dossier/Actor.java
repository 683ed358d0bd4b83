package fr.gouv.hubee.domain.model.dossier;

import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.user.User;
import java.util.Objects;

/**
 * Who acts on a case, and through which channel. The portal is a town hall acting through the
 * hub ({@link #agent}); the API is software acting through the hub ({@link #software}). Both leave
 * the same events and notifications; only the status rules differ (the guide's status machine for
 * agents, the contract's rules for software).
 *
 * @param side         where the actor stands on the case
 * @param channel      the portal or the API
 * @param user         the agent, for the portal
 * @param organization the administration's own organisation when it writes for the operator
 *                     (else null: the case's side is the writer)
 * @param name         the author written in the history; null for the writer's code or name
 */
public record Actor(Side side, Channel channel, User user, Organization organization, String name) {

    /** The portal or the API. */
    public enum Channel { PORTAL, API }

    public Actor {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(channel, "channel");
    }

    /** An agent of the recipient, in the portal. */
    public static Actor agent(User user) {
        return new Actor(Side.RECIPIENT, Channel.PORTAL, Objects.requireNonNull(user, "user"), null, user.displayName());
    }

    /** Software of one side, through the API; {@code author} as the request declared it, or null. */
    public static Actor software(Side side, Organization organization, String author) {
        return new Actor(side, Channel.API, null, organization, author);
    }

    public boolean isAgent() {
        return channel == Channel.PORTAL;
    }
}
