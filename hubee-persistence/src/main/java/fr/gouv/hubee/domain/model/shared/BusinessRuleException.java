package fr.gouv.hubee.domain.model.shared;

import jakarta.ejb.ApplicationException;

/**
 * A request breaks a rule of the domain (status not allowed, invalid phone…). Thrown by the
 * aggregates and the use cases alike. {@link #getMessageKey()} names the French message of the web
 * module's resource bundle; {@link #getDetail()}, when the rule has one, is the API contract's
 * English message for the same refusal. Rolls back: nothing is half-written.
 */
@ApplicationException(rollback = true)
public class BusinessRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    private final String detail;

    public BusinessRuleException(String messageKey) {
        this(messageKey, null);
    }

    public BusinessRuleException(String messageKey, String detail) {
        super(detail != null ? messageKey + ": " + detail : messageKey);
        this.messageKey = messageKey;
        this.detail = detail;
    }

    /** A request that cannot be read as the contract says (bad value, unknown reference): its English message. */
    public static BusinessRuleException invalid(String detail) {
        return new BusinessRuleException("request.invalid", detail);
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** The contract's English message, or null when the rule is the portal's only. */
    public String getDetail() {
        return detail;
    }
}
