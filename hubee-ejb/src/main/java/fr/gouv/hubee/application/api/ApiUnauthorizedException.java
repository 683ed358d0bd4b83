package fr.gouv.hubee.application.api;

import jakarta.ejb.ApplicationException;

/** A missing, unknown or expired bearer token (HTTP 401), or bad client credentials. */
@ApplicationException(rollback = true)
public class ApiUnauthorizedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ApiUnauthorizedException(String message) {
        super(message);
    }
}
