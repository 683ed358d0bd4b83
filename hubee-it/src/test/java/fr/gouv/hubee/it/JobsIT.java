package fr.gouv.hubee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The jobs against the real server, database and SMTP server (GreenMail). The timer is off in
 * the tests (hubee.jobs.enabled=false): each job is run through the scheduler as of the instant
 * the test chooses — an injected "now" instead of waiting a day.
 */
@ExtendWith(ArquillianExtension.class)
class JobsIT {

    static final String CLAMART = "21920023500014";
    static final String TOULON = "21830137200015";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.earWithSupport();
    }

    private static String[] newDossier(String siret, String procedure, Instant at, boolean attachment) throws Exception {
        return Support.post("dossier/new", Map.of("siret", siret, "procedure", procedure, "at", at.toString(),
                "attachment", Boolean.toString(attachment))).split(" ");
    }

    private static String run(String job, Instant at) throws Exception {
        String result = Support.post("jobs/run", Map.of("job", job, "at", at.toString()));
        Support.post("mail/deliver-all", Map.of());
        return result;
    }

    private static String body(MimeMessage mail) throws Exception {
        return Mails.text(mail);
    }

    @Test
    void unitNotificationPerDossierOnceAndNothingPersonal() throws Exception {
        String address = "unitaire@mairie-toulon.test";
        Support.post("subscription/notifications", Map.of("siret", TOULON, "procedure", "EtatCivil",
                "frequency", "UNIT", "email", address));
        Instant now = Instant.now();
        String[] first = newDossier(TOULON, "EtatCivil", now, false);
        assertTrue(run("UNIT_NOTIFICATIONS", now.plusSeconds(30)).startsWith("1,"));
        MimeMessage mail = Mails.waitForNth(address, 1);
        assertEquals("HubEE - Télédossier " + first[1] + " (Demande d'acte d'état civil (AEC))", mail.getSubject());
        assertTrue(body(mail).contains(first[1]));
        assertFalse(body(mail).contains("Jeanne") || body(mail).contains("jeanne.test"), "no personal data of the person concerned");
        assertTrue(Mails.html(mail).contains(first[1]));

        assertTrue(run("UNIT_NOTIFICATIONS", now.plusSeconds(90)).startsWith("0,"), "reported once");
        Support.post("dossier/operator-change", Map.of("id", first[0], "at", now.plusSeconds(100).toString()));
        assertTrue(run("UNIT_NOTIFICATIONS", now.plusSeconds(120)).startsWith("1,"), "a change by the operator is news");
        Mails.waitForNth(address, 2);
        Thread.sleep(1000);
        assertEquals(2, Mails.to(address).size());
    }

    @Test
    void dailyAndTwiceDailyDigestsListExactlyWhatIsNewAndAreNotSentEmpty() throws Exception {
        String daily = "quotidien@mairie-toulon.test";
        String twice = "biquotidien@mairie-clamart.test";
        Support.post("subscription/notifications", Map.of("siret", TOULON, "procedure", "CERTDC",
                "frequency", "DAILY", "email", daily));
        Support.post("subscription/notifications", Map.of("siret", CLAMART, "procedure", "recensementCitoyen",
                "frequency", "TWICE_DAILY", "email", twice));
        Instant now = Instant.now();
        String[] a = newDossier(TOULON, "CERTDC", now, false);
        String[] b = newDossier(TOULON, "CERTDC", now.plusSeconds(1), false);
        String[] other = newDossier(CLAMART, "CERTDC", now.plusSeconds(1), false);
        String[] c = newDossier(CLAMART, "recensementCitoyen", now.plusSeconds(2), false);

        assertTrue(run("DAILY_DIGEST", now.plusSeconds(60)).startsWith("1,"));
        MimeMessage digest = Mails.waitForNth(daily, 1);
        assertEquals("HubEE - 2 télédossier(s) reçu(s) ou modifié(s) (Certificat de décès électronique)", digest.getSubject());
        String text = body(digest);
        assertTrue(text.contains("n° " + a[1]) && text.contains("n° " + b[1]), text);
        assertFalse(text.contains(other[1]) || text.contains(c[1]), "another organisation, another démarche");
        assertTrue(Mails.to(twice).isEmpty(), "the daily job leaves the twice-daily subscriptions alone");

        assertTrue(run("TWICE_DAILY_DIGEST", now.plusSeconds(60)).startsWith("1,"));
        assertTrue(body(Mails.waitForNth(twice, 1)).contains("n° " + c[1]));
        String[] d = newDossier(CLAMART, "recensementCitoyen", now.plusSeconds(70), false);
        assertTrue(run("TWICE_DAILY_DIGEST", now.plusSeconds(120)).startsWith("1,"));
        String second = body(Mails.waitForNth(twice, 2));
        assertTrue(second.contains("n° " + d[1]) && !second.contains(c[1]), "each change reported once: " + second);

        assertTrue(run("DAILY_DIGEST", now.plusSeconds(180)).startsWith("0,"), "nothing new: no digest");
        assertTrue(run("TWICE_DAILY_DIGEST", now.plusSeconds(180)).startsWith("0,"));
        Thread.sleep(1000);
        assertEquals(1, Mails.to(daily).size());
        assertEquals(2, Mails.to(twice).size());
    }

    @Test
    void withTheRelayDownMailsWaitInTheOutboxAndAllArriveOnceWhenItIsBack() throws Exception {
        String to = "relais@mairie-clamart.test";
        TestEnvironment.stopMail();
        try {
            Support.post("mail/enqueue", Map.of("to", to, "count", "3"));
            Support.post("mail/deliver-all", Map.of());
            Thread.sleep(6000); // the delivery timer tries too
            assertEquals("3", Support.get("mail/pending", "to", to), "nothing lost while the relay is down");
        } finally {
            TestEnvironment.startMail();
        }
        Support.post("mail/deliver-all", Map.of());
        Mails.waitForNth(to, 3);
        assertEquals("0", Support.get("mail/pending", "to", to));
        Support.post("mail/deliver-all", Map.of());
        Thread.sleep(6000);
        assertEquals(List.of("Essai 1", "Essai 2", "Essai 3"),
                Mails.to(to).stream().map(m -> { try { return m.getSubject(); } catch (Exception e) { throw new IllegalStateException(e); } })
                        .sorted().toList(), "each once");
    }

    @Test
    void passwordRemindersFifteenAndThreeDaysBeforeAndInactiveAccountsWarnedThenDeactivated() throws Exception {
        String email = "rappel.expiration@mairie-clamart.test";
        Support.post("users", Map.of("as", "sophie.bernard@mairie-clamart.test", "email", email,
                "firstName", "Rémi", "lastName", "Rappel", "procedure", "CERTDC"));
        Mails.waitForNth(email, 1); // activation
        Instant now = Instant.now();
        Instant changed = now.atZone(PARIS).plusDays(15).minusHours(1).minusMonths(6).toInstant();
        Support.post("users/password-changed", Map.of("email", email, "at", changed.toString()));
        Support.post("users/last-login", Map.of("email", email, "at", now.toString()));
        String first = run("PASSWORD_REMINDERS", now);
        assertTrue(first.startsWith("1,"), first);
        assertTrue(Mails.waitForNth(email, 2).getSubject().startsWith("HubEE - Votre mot de passe expire dans 15 jour"));
        assertTrue(run("PASSWORD_REMINDERS", now.plus(Duration.ofDays(1))).startsWith("0,"), "once");
        assertTrue(run("PASSWORD_REMINDERS", now.plus(Duration.ofDays(12))).startsWith("1,"));
        assertTrue(Mails.waitForNth(email, 3).getSubject().startsWith("HubEE - Votre mot de passe expire dans 3 jour"));
        assertTrue(run("PASSWORD_REMINDERS", now.plus(Duration.ofDays(13))).startsWith("0,"));

        String idle = "compte.inactif@mairie-clamart.test";
        Support.post("users", Map.of("as", "sophie.bernard@mairie-clamart.test", "email", idle,
                "firstName", "Inès", "lastName", "Inactive", "procedure", "CERTDC"));
        Mails.waitForNth(idle, 1);
        Support.post("users/last-login", Map.of("email", idle, "at",
                now.atZone(PARIS).minusMonths(6).plusDays(10).toInstant().toString()));
        run("INACTIVE_ACCOUNTS", now);
        MimeMessage warning = Mails.waitForNth(idle, 2);
        assertTrue(warning.getSubject().startsWith("HubEE - Votre compte sera désactivé le "), warning.getSubject());
        assertEquals("true", Support.get("users/active", "email", idle));
        run("INACTIVE_ACCOUNTS", now.plus(Duration.ofDays(2)));
        assertEquals("true", Support.get("users/active", "email", idle), "warned once, not yet due");
        run("INACTIVE_ACCOUNTS", now.plus(Duration.ofDays(11)));
        assertEquals("false", Support.get("users/active", "email", idle), "deactivated after 6 months");
        assertTrue(Support.audit(idle).contains("DEACTIVATED_INACTIVE"));
        assertEquals("true", Support.get("users/active", "email", email), "the other one logged in recently");
        assertEquals("0", Support.get("users/tokens", "email", idle), "its expired activation link is removed");
        Thread.sleep(1000);
        assertEquals(2, Mails.to(idle).size(), "one warning only");
    }

    @Test
    void purgeDeletesContentsPastRetentionButKeepsTheDossierAndItsHistory() throws Exception {
        Instant now = Instant.now();
        String[] closed = newDossier(CLAMART, "EtatCivil", now.minus(Duration.ofDays(3)), true);
        String[] old = newDossier(CLAMART, "EtatCivil", now.minus(Duration.ofDays(61)), true);
        String[] live = newDossier(CLAMART, "EtatCivil", now.minus(Duration.ofDays(3)), true);
        Support.post("dossier/status", Map.of("id", closed[0], "status", "CLOSED", "at", now.toString()));
        assertEquals("RECEIVED;1;events=1", Support.get("dossier/attachments", "id", closed[0]));

        String result = run("RETENTION_PURGE", now.plusSeconds(60));
        assertEquals("DELETED;0;events=1", Support.get("dossier/attachments", "id", closed[0]),
                "content gone, attachment and history kept: " + result);
        assertEquals("DELETED;0;events=0", Support.get("dossier/attachments", "id", old[0]));
        assertEquals("RECEIVED;1;events=0", Support.get("dossier/attachments", "id", live[0]), "within retention");
        assertTrue(run("RETENTION_PURGE", now.plusSeconds(120)).startsWith("0,"), "idempotent");
    }

    @Test
    void aSubscriptionBecomesActiveOnItsActivationDate() throws Exception {
        String marseille = "21130055300016";
        String datapass = Api.token("datapass-demo", Api.DEMO_SECRET, "DATAPASS");
        var created = Api.postJson("referential/v1/subscriptions", datapass, """
                {"datapassId": 9001, "processCode": "FormulaireQF", "notificationFrequency": "aucune",
                 "subscriber": {"type": "SI", "companyRegister": "%s", "branchCode": "13055"},
                 "localAdministrator": {"firstName": "Paul", "lastName": "Activation", "email": "paul.activation@marseille.test"}}
                """.formatted(marseille));
        assertEquals(201, created.statusCode(), created.body());
        Instant now = Instant.now();
        java.time.LocalDate today = java.time.LocalDate.ofInstant(now, PARIS);
        Support.post("subscription/schedule", Map.of("siret", marseille, "procedure", "FormulaireQF",
                "date", today.plusDays(2).toString(), "today", today.toString()));
        run("SUBSCRIPTION_ACTIVATION", now);
        assertEquals("INACTIVE", Support.get("subscription/status", "siret", marseille, "procedure", "FormulaireQF"));
        assertTrue(run("SUBSCRIPTION_ACTIVATION", now.plus(Duration.ofDays(2))).startsWith("1,"));
        assertEquals("ACTIVE", Support.get("subscription/status", "siret", marseille, "procedure", "FormulaireQF"));
        assertTrue(run("SUBSCRIPTION_ACTIVATION", now.plus(Duration.ofDays(3))).startsWith("0,"));
    }
}
