package fr.gouv.hubee.application.audit;

import fr.gouv.hubee.domain.model.audit.AuditType;
import java.time.LocalDate;

/** The journal's filters: one type or all, and a period in Paris days (both ends included); any may be null. */
public record AuditFilter(AuditType type, LocalDate from, LocalDate to) {
}
