package fr.gouv.hubee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.hubee.application.AccessDeniedException;
import fr.gouv.hubee.application.audit.AuditFilter;
import fr.gouv.hubee.application.audit.AuditJournalService;
import fr.gouv.hubee.application.audit.AuditPage;
import fr.gouv.hubee.application.dossier.DossierFilter;
import fr.gouv.hubee.application.dossier.DossierService;
import fr.gouv.hubee.application.dossier.DownloadService;
import fr.gouv.hubee.application.jobs.RetentionJob;
import fr.gouv.hubee.application.user.UserService;
import fr.gouv.hubee.application.user.UserUpdate;
import fr.gouv.hubee.domain.model.audit.AuditType;
import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.Role;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit as administrators read it and as time erases it (issue #16): each administrator sees
 * what is his to see, downloads and exports are traced without the citizen's data, and the purge
 * keeps access decisions 6 months and rights changes 3 years.
 */
@ExtendWith(ArquillianExtension.class)
class AuditJournalIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return TestServer.earWith(AuditJournalIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    TestSupport db;

    @Inject
    AuditJournalService journal;

    @Inject
    UserService users;

    @Inject
    DownloadService downloads;

    @Inject
    DossierService dossiers;

    @Inject
    RetentionJob retention;

    private static final AuditFilter ALL = new AuditFilter(null, null, null);

    @Test
    void eachAdministratorReadsWhatIsHisOnly() throws Exception {
        Fixtures.World certdc = fixtures.world("JOURNAL", false);
        UUID clamart = fixtures.townHall("CLAMART", certdc);
        UUID toulon = fixtures.townHall("TOULON", certdc);
        String lucas = fixtures.account(clamart, ActorType.AGENT, List.of(certdc.procedureId()));
        String sophie = fixtures.account(clamart, ActorType.LOCAL_ADMIN, List.of());
        String nadia = fixtures.account(toulon, ActorType.LOCAL_ADMIN, List.of());
        String national = fixtures.nationalAdministrator();
        UUID lucasId = db.userId(lucas);
        Identities.as(sophie, () -> users.update(lucasId, new UserUpdate(null, "Lucas", "Petit", null, "+33146421234",
                null, ActorType.AGENT, Set.of(Role.DOSSIER_VIEW), Set.of())));
        UUID toulonDossier = fixtures.dossier(certdc, toulon, "MARTIN", CaseStatus.HUBEE_NOTIFIED, 1);
        assertThrows(AccessDeniedException.class, () -> Identities.as(lucas, () -> dossiers.get(toulonDossier)));

        AuditPage clamartView = Identities.as(sophie, () -> journal.search(ALL, 0, 100));
        assertTrue(clamartView.rows().stream().anyMatch(r -> r.type() == AuditType.RIGHTS_CHANGED
                && r.account().equals("Lucas Petit")), clamartView.rows().toString());
        assertTrue(clamartView.rows().stream().allMatch(r -> r.type() == AuditType.RIGHTS_CHANGED),
                "a local administrator reads rights changes only");
        assertEquals(List.of(AuditType.RIGHTS_CHANGED), clamartView.types());
        AuditPage asked = Identities.as(sophie, () -> journal.search(new AuditFilter(AuditType.ACCESS_REFUSED, null, null), 0, 100));
        assertTrue(asked.rows().stream().noneMatch(r -> r.type() == AuditType.ACCESS_REFUSED),
                "asking for another type does not widen his view");

        AuditPage toulonView = Identities.as(nadia, () -> journal.search(ALL, 0, 100));
        assertTrue(toulonView.rows().stream().noneMatch(r -> "Lucas Petit".equals(r.account())),
                "another town hall's administrator does not see Clamart's changes");

        AuditPage refusals = Identities.as(national, () -> journal.search(new AuditFilter(AuditType.ACCESS_REFUSED,
                LocalDate.now(), LocalDate.now()), 0, 100));
        assertTrue(refusals.rows().stream().allMatch(r -> r.type() == AuditType.ACCESS_REFUSED));
        assertTrue(refusals.rows().stream().anyMatch(r -> "Lucas Petit".equals(r.account())), refusals.rows().toString());
        assertTrue(refusals.types().size() > 1, "the national administrator may filter on every type");
        AuditPage yesterday = Identities.as(national, () -> journal.search(new AuditFilter(AuditType.ACCESS_REFUSED,
                null, LocalDate.now().minusDays(1)), 0, 100));
        assertTrue(yesterday.rows().stream().noneMatch(r -> "Lucas Petit".equals(r.account())), "the period filters");
        AuditPage firstTwo = Identities.as(national, () -> journal.search(ALL, 0, 2));
        assertEquals(2, firstTwo.rows().size());
        assertTrue(firstTwo.total() >= 3, "counted in the database, beyond the page");

        assertThrows(AccessDeniedException.class, () -> Identities.as(lucas, () -> journal.search(ALL, 0, 10)),
                "an agent has no journal");
    }

    @Test
    void downloadsAndExportsAreTracedWithoutTheCitizensData() throws Exception {
        Fixtures.World certdc = fixtures.world("TRACES", false);
        UUID clamart = fixtures.townHall("CLAMART", certdc);
        String lucas = fixtures.account(clamart, ActorType.AGENT, List.of(certdc.procedureId()));
        UUID dossier = fixtures.dossier(certdc, clamart, "DURANDAL", CaseStatus.HUBEE_NOTIFIED, 2);

        Identities.as(lucas, () -> downloads.prepareZip(List.of(dossier)));
        Identities.as(lucas, () -> dossiers.recordExport(new DossierFilter(null, Set.of(), null, null, "DURANDAL"), "XLSX"));

        assertEquals(List.of("DOWNLOAD", "EXPORT"), db.auditTypes(lucas).stream()
                .filter(t -> t.equals("DOWNLOAD") || t.equals("EXPORT")).toList());
        List<String> details = db.auditDetails(lucas);
        assertTrue(details.stream().anyMatch(d -> d != null && d.startsWith("ZIP, 1 télédossier(s)")), details.toString());
        assertTrue(details.stream().anyMatch(d -> d != null && d.startsWith("XLSX")), details.toString());
        assertTrue(details.stream().noneMatch(d -> d != null && d.contains("DURANDAL")),
                "neither the citizen's name nor the search typed: " + details);
    }

    @Test
    void thePurgeKeepsAccessDecisionsSixMonthsAndRightsChangesThreeYears() throws Exception {
        UUID clamart = fixtures.townHall("PURGE", fixtures.world("PURGE", false));
        String lucas = fixtures.account(clamart, ActorType.AGENT, List.of());
        Instant now = Instant.now();
        db.auditAt(lucas, AuditType.ACCESS_REFUSED, now.minus(Duration.ofDays(190)), "refus ancien");
        db.auditAt(lucas, AuditType.ACCESS_REFUSED, now.minus(Duration.ofDays(170)), "refus récent");
        db.auditAt(lucas, AuditType.RIGHTS_CHANGED, now.minus(Duration.ofDays(400)), "droits d'il y a un an");
        db.auditAt(lucas, AuditType.RIGHTS_CHANGED, now.minus(Duration.ofDays(1100)), "droits d'il y a trois ans");

        assertTrue(retention.purgeAudit(now).items() >= 2);

        List<String> kept = db.auditDetails(lucas);
        assertFalse(kept.contains("refus ancien"), kept.toString());
        assertTrue(kept.contains("refus récent"), kept.toString());
        assertTrue(kept.contains("droits d'il y a un an"), "rights changes stay 3 years: " + kept);
        assertFalse(kept.contains("droits d'il y a trois ans"), kept.toString());
    }
}
