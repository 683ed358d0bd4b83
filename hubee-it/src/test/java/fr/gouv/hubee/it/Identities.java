package fr.gouv.hubee.it;

import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Runs code as a given portal user: the identity the login form would establish (caller name =
 * lower-case email, container role "user"), without going through the form.
 */
final class Identities {

    private Identities() {
    }

    static <T> T as(String email, Callable<T> action) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent().createAdHocIdentity(email.toLowerCase())
                .withDefaultRoleMapper(RoleMapper.constant(Roles.of("user")));
        return identity.runAs(action);
    }

    static void as(String email, ThrowingRunnable action) throws Exception {
        as(email, () -> {
            action.run();
            return null;
        });
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
