package fr.gouv.hubee.application.audit;

import fr.gouv.hubee.domain.model.audit.AuditEntry;
import fr.gouv.hubee.domain.model.audit.AuditType;
import java.time.Instant;

/** One line of the journal: when, what, whose account (name and organisation), from where, and the detail. */
public record AuditRow(Instant at, AuditType type, String account, String organization, String ip, String detail) {

    static AuditRow of(AuditEntry entry) {
        var user = entry.getUser();
        return new AuditRow(entry.getAt(), entry.getType(),
                user == null ? null : user.getFirstName() + " " + user.getLastName(),
                user == null ? null : user.getOrganization().getName(), entry.getIp(), entry.getDetail());
    }
}
