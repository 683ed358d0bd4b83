package fr.gouv.hubee.application.api;

import jakarta.ejb.ApplicationException;

/**
 * A request the contract answers with a 4xx and its own message (400 bad request, 404 « Case is
 * not found », 413…). Rolls back: nothing is half-written.
 */
@ApplicationException(rollback = true)
public class ApiRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public ApiRequestException(int status, String message) {
        super(message);
        this.status = status;
    }

    public static ApiRequestException badRequest(String message) {
        return new ApiRequestException(400, message);
    }

    public static ApiRequestException notFound(String message) {
        return new ApiRequestException(404, message);
    }

    public int getStatus() {
        return status;
    }
}
