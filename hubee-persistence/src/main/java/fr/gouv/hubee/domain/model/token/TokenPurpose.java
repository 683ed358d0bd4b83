package fr.gouv.hubee.domain.model.token;

import java.time.Duration;

/** What a one-time token is for, and how long it lives (guide §3, issue #3). */
public enum TokenPurpose {
    ACTIVATION(Duration.ofHours(48)),
    PASSWORD_RESET(Duration.ofHours(1)),
    LOGIN_CODE(Duration.ofMinutes(10));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
