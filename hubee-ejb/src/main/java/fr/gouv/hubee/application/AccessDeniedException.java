package fr.gouv.hubee.application;

import jakarta.ejb.ApplicationException;

/** The caller may not do this (role, organisation or habilitation missing). Rolls back. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String reason) {
        super(reason);
    }
}
