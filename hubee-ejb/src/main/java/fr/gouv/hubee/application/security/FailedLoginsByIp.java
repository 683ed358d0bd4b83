package fr.gouv.hubee.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The per-IP limit on failed logins and codes: {@value #LIMIT} in 15 minutes, whatever the
 * accounts tried. Kept in memory on each node: in a cluster each node applies the limit on its own.
 */
@ApplicationScoped
public class FailedLoginsByIp extends PerIpLimit {

    static final int LIMIT = 30;

    public FailedLoginsByIp() {
        super(LIMIT, Duration.ofMinutes(15));
    }
}
