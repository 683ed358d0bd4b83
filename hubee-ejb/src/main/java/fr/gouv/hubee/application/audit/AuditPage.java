package fr.gouv.hubee.application.audit;

import fr.gouv.hubee.domain.model.audit.AuditType;
import java.util.List;

/** One page of the journal, the total of the filtered entries, and the types this reader may filter on. */
public record AuditPage(List<AuditRow> rows, long total, List<AuditType> types) {
}
