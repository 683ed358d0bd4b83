package fr.gouv.hubee.application.audit;

import fr.gouv.hubee.application.security.AccessPolicy;
import fr.gouv.hubee.application.security.ContainerRoles;
import fr.gouv.hubee.application.security.CurrentCaller;
import fr.gouv.hubee.domain.model.audit.AuditType;
import fr.gouv.hubee.infrastructure.persistence.AuditLog;
import fr.gouv.hubee.infrastructure.time.ClockProducer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * « Journal d'audit »: the national administrator reads every entry, a local administrator the
 * rights changes of his organisation's accounts ({@link AccessPolicy#auditScope}); paged, filtered
 * and counted in the database.
 */
@Stateless
@RolesAllowed(ContainerRoles.AUTHENTICATED)
public class AuditJournalService {

    public static final int MAX_PAGE = 100;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditLog audit;

    public AuditPage search(AuditFilter filter, int first, int max) {
        AccessPolicy.AuditScope scope = AccessPolicy.auditScope(currentCaller.get());
        List<AuditType> allowed = scope.types().isEmpty() ? Arrays.asList(AuditType.values())
                : scope.types().stream().sorted().toList();
        Set<AuditType> types = filter.type() != null && allowed.contains(filter.type()) ? Set.of(filter.type())
                : Set.copyOf(scope.types());
        AuditLog.AuditQuery query = new AuditLog.AuditQuery(types, scope.organizationId(),
                startOf(filter.from()), filter.to() == null ? null : startOf(filter.to().plusDays(1)));
        List<AuditRow> rows = audit.page(query, Math.max(0, first), Math.max(1, Math.min(max, MAX_PAGE))).stream()
                .map(AuditRow::of).toList();
        return new AuditPage(rows, audit.count(query), allowed);
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ClockProducer.ZONE).toInstant();
    }
}
