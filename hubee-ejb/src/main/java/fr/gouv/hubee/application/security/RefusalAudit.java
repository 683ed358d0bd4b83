package fr.gouv.hubee.application.security;

import fr.gouv.hubee.domain.model.audit.AuditType;
import fr.gouv.hubee.domain.model.user.User;
import fr.gouv.hubee.infrastructure.persistence.AuditLog;
import fr.gouv.hubee.infrastructure.persistence.UserRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Records a refused access in its own transaction: the refused action rolls back, the trace of
 * the attempt stays (who, when, what — the object's id, never a citizen's data).
 */
@Stateless
@PermitAll
public class RefusalAudit {

    @Inject
    AuditLog audit;

    @Inject
    UserRepository users;

    /** {@code userId} null for an API client, named in {@code what}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(UUID userId, String what) {
        User user = userId == null ? null : users.find(userId).orElse(null);
        audit.record(AuditType.ACCESS_REFUSED, user, null, what);
    }
}
