package fr.gouv.hubee.application.security;

import java.util.List;
import java.util.UUID;

/**
 * What a login step led to. {@code ticket} (for {@link Status#SUCCESS}) is redeemed by the
 * identity store; {@code userId} (for the steps that follow: code, expired password) is kept by
 * the web layer in the session, server side.
 */
public record LoginOutcome(Status status, String ticket, UUID userId, List<String> violations) {

    public enum Status {
        SUCCESS, CODE_SENT, PASSWORD_EXPIRED, INVALID, INACTIVE, IP_LIMITED, INVALID_CODE, CODE_EXPIRED,
        INVALID_PASSWORD, LINK_EXPIRED, LINK_INVALID
    }

    static LoginOutcome of(Status status) {
        return new LoginOutcome(status, null, null, List.of());
    }

    static LoginOutcome success(String ticket) {
        return new LoginOutcome(Status.SUCCESS, ticket, null, List.of());
    }

    static LoginOutcome next(Status status, UUID userId) {
        return new LoginOutcome(status, null, userId, List.of());
    }

    static LoginOutcome invalidPassword(List<String> violations) {
        return new LoginOutcome(Status.INVALID_PASSWORD, null, null, List.copyOf(violations));
    }
}
