package fr.gouv.hubee.application.api;

import fr.gouv.hubee.application.security.PerIpLimit;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Rate limit of POST /token: {@value #LIMIT} failed requests per IP in 15 minutes, per node. */
@ApplicationScoped
public class FailedTokenRequests extends PerIpLimit {

    static final int LIMIT = 30;

    public FailedTokenRequests() {
        super(LIMIT, Duration.ofMinutes(15));
    }
}
