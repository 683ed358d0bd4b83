package fr.gouv.hubee.application;

import jakarta.ejb.ApplicationException;

/** The requested object does not exist. Rolls back. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
