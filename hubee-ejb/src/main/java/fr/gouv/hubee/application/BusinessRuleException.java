package fr.gouv.hubee.application;

import jakarta.ejb.ApplicationException;

/**
 * A request breaks a rule (invalid phone, status not allowed…). {@link #getMessageKey()} names
 * the French message of the web module's resource bundle. Rolls back: nothing is half-written.
 */
@ApplicationException(rollback = true)
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;

    public BusinessRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
