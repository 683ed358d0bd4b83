package fr.gouv.hubee.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The per-IP limit on « Mot de passe oublié »: {@value #LIMIT} requests an hour, whatever the
 * addresses asked (a flood of requests for many accounts). Kept in memory on each node.
 */
@ApplicationScoped
public class ResetRequestsByIp extends PerIpLimit {

    static final int LIMIT = 20;

    public ResetRequestsByIp() {
        super(LIMIT, Duration.ofHours(1));
    }
}
