package fr.gouv.hubee.application.api;

import jakarta.ejb.ApplicationException;

/** A valid token used outside its scope or tenant: the contract's 403 « Unauthorized user ». */
@ApplicationException(rollback = true)
public class ApiForbiddenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ApiForbiddenException() {
        super("Unauthorized user");
    }
}
