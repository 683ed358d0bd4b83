package fr.gouv.hubee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.hubee.application.dossier.DossierActivityService;
import fr.gouv.hubee.application.dossier.DossierService;
import fr.gouv.hubee.application.security.LoginOutcome;
import fr.gouv.hubee.application.security.LoginOutcome.Status;
import fr.gouv.hubee.application.security.LoginService;
import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.rules.LoginThrottle;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal as an attacker tries it (issue #16), against the real services and database, each
 * test on its own accounts ({@link Fixtures}): code guesses bounded, the same answer for unknown,
 * slowed-down and wrong-password cases, the owner never locked out, reset floods throttled,
 * parallel logins counted one by one, HSTS, the nonce'd CSP, no session for anonymous pages,
 * cross-site posts refused, uploads checked by their content. Beside it: {@link MalwareScanIT}
 * (antivirus) and {@link AuditJournalIT} (audit rows of a cross-tenant attempt and of a rights
 * change, who may read them, the purge).
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    private static final Pattern LINK = Pattern.compile("jeton=([A-Za-z0-9_-]+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return TestServer.earWith(SecurityIT.class);
    }

    @Inject
    LoginService logins;

    @Inject
    TestSupport db;

    @Inject
    Fixtures fixtures;

    @Inject
    DossierService dossiers;

    @Inject
    DossierActivityService activity;

    private UUID townHall;

    @BeforeEach
    void world() {
        townHall = fixtures.townHall("SECURITE", fixtures.world("SECURITE", false));
    }

    /** A different client address per try, so that only the per-account throttle is at work. */
    private static String ip(int i) {
        return "10.16." + (i / 250) + "." + (i % 250 + 1);
    }

    @Test
    void codeGuessesCountAgainstTheAccountAndResendingIsLimited() {
        String admin = fixtures.account(townHall, ActorType.LOCAL_ADMIN, List.of());
        LoginOutcome password = logins.login(admin, Fixtures.PASSWORD.toCharArray(), ip(0));
        assertEquals(Status.CODE_SENT, password.status());
        String code = db.outbox(admin).get(0).replaceAll("(?s).*?(\\d{6}).*", "$1");
        for (int i = 1; i <= 30; i++) {
            String guess = String.format("%06d", (Integer.parseInt(code) + i) % 1_000_000);
            Status answer = logins.verifyCode(password.userId(), guess, ip(i)).status();
            assertTrue(answer == Status.INVALID_CODE || answer == Status.CODE_EXPIRED, answer.name());
            if (i % 5 == 0) {
                // A code dies after 5 tries: the attacker asks for another one.
                logins.resendCode(password.userId(), ip(i));
            }
        }
        assertEquals(LoginThrottle.FREE_FAILURES + 1, db.failedAttempts(admin),
                "wrong codes count like wrong passwords; tries during the wait are not even tried");
        assertFalse(logins.resendCode(password.userId(), ip(99)), "one code a minute");
        assertEquals(1, db.outbox(admin).stream().filter(m -> m.startsWith("HubEE - Votre code")).count(),
                "no new code within the minute, whatever was asked");
        assertEquals(Status.INVALID_CODE, logins.verifyCode(password.userId(), code, ip(100)).status(),
                "during the wait even the right code is not tried");
    }

    @Test
    void unknownSlowedDownAndWrongPasswordGetTheSameAnswerInTheSameTime() {
        String owner = fixtures.account(townHall, ActorType.AGENT, List.of());
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES; i++) {
            assertEquals(Status.INVALID, logins.login(owner, ("Mauvais-" + i).toCharArray(), ip(i)).status());
        }
        long unknown = 0;
        long slowed = 0;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            assertEquals(Status.INVALID, logins.login("personne." + i + "@mairie.test", "Mauvais-1".toCharArray(), ip(10 + i)).status());
            long t1 = System.nanoTime();
            assertEquals(Status.INVALID, logins.login(owner, Fixtures.PASSWORD.toCharArray(), ip(20 + i)).status(),
                    "slowed down: even the right password gets the wrong-password answer");
            long t2 = System.nanoTime();
            unknown += t1 - t0;
            slowed += t2 - t1;
        }
        double ratio = (double) slowed / unknown;
        assertTrue(ratio > 0.5 && ratio < 2, "same work for both: slowed/unknown = " + ratio);
        assertTrue(db.outbox(owner).stream().anyMatch(m -> m.startsWith("HubEE - Tentatives de connexion")),
                "the owner is told his account is being guessed");
    }

    @Test
    void aThirdPartyCannotLockTheOwnerOutTheMailedLinkLetsHimIn() {
        String owner = fixtures.account(townHall, ActorType.AGENT, List.of());
        for (int i = 0; i < 12; i++) {
            logins.login(owner, ("Mauvais-" + i).toCharArray(), ip(i));
        }
        logins.requestPasswordReset(owner, ip(50));
        String mail = db.outbox(owner).stream().filter(m -> m.contains("jeton=")).reduce((a, b) -> b).orElseThrow();
        Matcher link = LINK.matcher(mail);
        assertTrue(link.find(), mail);
        LoginOutcome in = logins.setPasswordWithLink(link.group(1), "Nouveau-Passe-2026!", "Nouveau-Passe-2026!", ip(51));
        assertEquals(Status.SUCCESS, in.status(), "the owner logs in at once through his mailbox");
        assertEquals(0, db.failedAttempts(owner));
    }

    @Test
    void resetRequestsAreThrottledPerAddressSilently() {
        String owner = fixtures.account(townHall, ActorType.AGENT, List.of());
        for (int i = 0; i < 10; i++) {
            logins.requestPasswordReset(owner, ip(i));
        }
        assertEquals(1, db.outbox(owner).stream().filter(m -> m.contains("jeton=")).count(),
                "ten requests in a row: one mail, one link");
    }

    @Test
    void twentyParallelLoginsAreAnsweredAndCountedOneByOne() throws Exception {
        String owner = fixtures.account(townHall, ActorType.AGENT, List.of());
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Status>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String client = ip(i);
                answers.add(pool.submit(() -> logins.login(owner, "Mauvais-parallèle".toCharArray(), client).status()));
            }
            for (Future<Status> answer : answers) {
                assertEquals(Status.INVALID, answer.get(), "an answer, never an error");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(LoginThrottle.FREE_FAILURES + 1, db.failedAttempts(owner),
                "tried one at a time: the free failures, the one that starts the wait, the rest refused untried");
    }

    /** HSTS on what went over HTTPS, never on clear HTTP (where it would mean nothing). */
    @Test
    void hstsOnlyOverHttps() throws Exception {
        javax.net.ssl.SSLContext trustAll = javax.net.ssl.SSLContext.getInstance("TLS");
        trustAll.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
            // The test server's certificate is WildFly's self-signed one for localhost: only the header is judged here.
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType) {
            }

            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType) {
            }

            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        }}, null);
        HttpClient https = HttpClient.newBuilder().sslContext(trustAll).build();
        HttpResponse<Void> secure = https.send(HttpRequest.newBuilder(
                URI.create("https://localhost:8543/hubee/connexion.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals("max-age=31536000; includeSubDomains",
                secure.headers().firstValue("Strict-Transport-Security").orElse(null));
        HttpResponse<Void> clear = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:8180/hubee/connexion.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(200, clear.statusCode());
        assertTrue(clear.headers().firstValue("Strict-Transport-Security").isEmpty());
    }

    private static HttpResponse<String> page(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create(TestServer.BASE_URL + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Faces pages get one policy whose scripts need this response's nonce: no 'unsafe-inline', no
     * 'unsafe-eval', every inline script of the page carries the nonce, and the next page another one.
     */
    @Test
    void pagesAllowOnlyTheirOwnNoncedScripts() throws Exception {
        HttpResponse<String> first = page("connexion.xhtml");
        List<String> policies = first.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies.toString());
        String policy = policies.get(0);
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(policy);
        assertTrue(nonce.find(), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        assertFalse(policy.substring(policy.indexOf("script-src")).contains("unsafe-inline"), policy);
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(first.body());
        int inline = 0;
        while (scripts.find()) {
            if (!scripts.group(1).contains("src=")) {
                inline++;
                assertTrue(scripts.group(1).contains("nonce=\"" + nonce.group(1) + "\""), scripts.group());
            }
        }
        assertTrue(inline > 0, "PrimeFaces' init script is inline, with the nonce");
        assertFalse(Pattern.compile("\\son[a-z]+=\"").matcher(first.body()).find(), "no inline event handler");
        String next = page("connexion.xhtml").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertFalse(next.contains(nonce.group(1)), "a nonce is used once");
        String strict = page("api/openapi").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(strict.contains("script-src 'self';"), "other answers get the strict policy: " + strict);
    }

    /** Reading the public pages costs the server no session: only a login (or a protected URL to come back to) does. */
    @Test
    void anonymousPagesCreateNoSession() throws Exception {
        for (String path : List.of("", "connexion.xhtml", "cgu.xhtml", "mot-de-passe-oublie.xhtml", "pas-de-page.xhtml")) {
            HttpResponse<String> answer = page(path);
            assertTrue(answer.headers().allValues("Set-Cookie").isEmpty(),
                    path + " -> " + answer.statusCode() + " " + answer.headers().allValues("Set-Cookie"));
        }
    }

    /** Stateless forms have no ViewState key: a post from another site is refused by what the browser says of its origin. */
    @Test
    void aFormPostedFromAnotherSiteIsRefused() throws Exception {
        // What the login page's form posts, its nonce included (PrimeFaces adds it to every form).
        HttpResponse<String> login = page("connexion.xhtml");
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(login.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertTrue(nonce.find());
        String form = "login=login&email=x%40y.fr&password=z&submit=&jakarta.faces.ViewState=stateless&primefaces.nonce="
                + nonce.group(1);
        for (String[] headers : List.of(new String[] {"Origin", "https://evil.example"},
                new String[] {"Sec-Fetch-Site", "cross-site"})) {
            HttpResponse<String> posted = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(TestServer.BASE_URL + "connexion.xhtml"))
                            .header("Content-Type", "application/x-www-form-urlencoded").headers(headers)
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, posted.statusCode(), String.join(": ", headers));
        }
        HttpResponse<String> same = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(TestServer.BASE_URL + "connexion.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://localhost:8180")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, same.statusCode(), "the portal's own form is answered");
    }

    /** A portal deposit with a long name hidden behind a right-to-left override is kept under a clean, bounded name. */
    @Test
    void aDepositNameIsKeptCleanAndBounded() throws Exception {
        AgentDossier mine = agentWithDossierInProgress();
        String lucas = mine.agent();
        UUID dossier = mine.dossier();
        String name = "é".repeat(290) + "\u202Efdp.exe.pdf";
        UUID deposited = Identities.as(lucas, () -> activity.upload(dossier, name, "application/pdf", 5,
                new ByteArrayInputStream("%PDF-".getBytes())));
        String kept = Identities.as(lucas, () -> dossiers.get(dossier)).attachments().stream()
                .filter(a -> a.id().equals(deposited)).findFirst().orElseThrow().fileName();
        assertTrue(kept.getBytes(StandardCharsets.UTF_8).length <= 255, kept);
        assertFalse(kept.contains("\u202E"), "no right-to-left override");
        assertTrue(kept.endsWith(".pdf"));
    }

    /** The browser's Content-Type is only a claim: an HTML page named .pdf is refused in the portal, a real PDF accepted. */
    @Test
    void aPortalDepositIsCheckedByItsContent() throws Exception {
        AgentDossier mine = agentWithDossierInProgress();
        String lucas = mine.agent();
        UUID dossier = mine.dossier();
        byte[] page = "<html><body>Ceci n'est pas un PDF</body></html>".getBytes(StandardCharsets.UTF_8);
        int before = Identities.as(lucas, () -> dossiers.get(dossier)).attachments().size();
        BusinessRuleException refused = assertThrows(
                BusinessRuleException.class, () -> Identities.as(lucas, () -> activity.upload(
                        dossier, "acte.pdf", "application/pdf", page.length, new ByteArrayInputStream(page))));
        assertEquals("dossier.upload.content", refused.getMessageKey());
        assertEquals(before, Identities.as(lucas, () -> dossiers.get(dossier)).attachments().size(), "nothing kept");
        Identities.as(lucas, () -> activity.upload(dossier, "acte.pdf", "application/pdf", 9,
                new ByteArrayInputStream("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(before + 1, Identities.as(lucas, () -> dossiers.get(dossier)).attachments().size(), "a PDF is accepted");
    }

    /** An agent of a town hall whose démarche accepts PDF deposits, and one of its dossiers in progress. */
    private AgentDossier agentWithDossierInProgress() {
        Fixtures.World etatCivil = fixtures.world("DÉPÔTS", true);
        UUID clamart = fixtures.townHall("CLAMART", etatCivil);
        String agent = fixtures.account(clamart, ActorType.AGENT, List.of(etatCivil.procedureId()));
        return new AgentDossier(agent, fixtures.dossier(etatCivil, clamart, "MARTIN",
                CaseStatus.IN_PROGRESS, 1));
    }

    private record AgentDossier(String agent, UUID dossier) {
    }
}
