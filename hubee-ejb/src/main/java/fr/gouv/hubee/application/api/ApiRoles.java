package fr.gouv.hubee.application.api;

/**
 * The container roles of API callers, one per OAuth2 scope ({@link fr.gouv.hubee.domain.model.api.ApiScope}):
 * the authentication mechanism gives a valid bearer token's scope as role, and the exchange EJBs
 * declare what each operation allows with {@code @RolesAllowed}.
 */
public final class ApiRoles {

    public static final String OSL = "OSL";
    public static final String SI = "SI";
    public static final String DATAPASS = "DATAPASS";
    public static final String ADMIN = "ADMIN";

    private ApiRoles() {
    }
}
