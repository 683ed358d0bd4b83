package fr.gouv.hubee.application.security;

/**
 * The single container role: every authenticated portal user has it. Services require it
 * ({@code @RolesAllowed}) as a first gate; HubEE's six roles are then checked by
 * {@link AccessPolicy} against the database.
 */
public final class ContainerRoles {

    public static final String AUTHENTICATED = "user";

    private ContainerRoles() {
    }
}
