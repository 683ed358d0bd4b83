package fr.gouv.hubee.it;

import static fr.gouv.hubee.it.Api.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API as the software in the field uses it: an operator sends, town halls' software works its
 * queue, the operator's works its own, until every queue is empty and the case is closed. The
 * loops ({@link TownHallSoftware}, {@link OperatorSoftware}) index every field by its key and wait
 * for acknowledgements, as the published clients do; every answer is checked against the contract
 * by {@link Api}.
 */
@ExtendWith(ArquillianExtension.class)
class ApiFieldClientsIT {

    static final String SECRET = "HubEE-it-field-secret-2026";
    static final String CHELLES = "21770108000019";
    static final String LAGNY = "21770243000011";
    static final String FONTAINEBLEAU = "21770186000015";
    static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.earWithSupport();
    }

    @BeforeAll
    static void subscribers() throws Exception {
        Support.apiSubscriber(CHELLES, "77108", "CERTDC", "si-it-chelles-certdc", SECRET, true);
        Support.apiSubscriber(LAGNY, "77243", "CERTDC", "si-it-lagny-certdc", SECRET, true);
        Support.apiSubscriber(FONTAINEBLEAU, "77186", "EtatCivil", "si-it-fontainebleau-etatcivil", SECRET, true);
    }

    static String folder(String process, String externalId, List<String> cases, List<String> attachments) {
        return "{\"processCode\":\"" + process + "\",\"externalId\":\"" + externalId + "\","
                + "\"applicant\":{\"firstName\":\"Noël\",\"lastName\":\"Crépin\",\"email\":null},"
                + "\"cases\":[" + String.join(",", cases) + "],\"attachments\":[" + String.join(",", attachments) + "]}";
    }

    static String aCase(String siret, String branch, String externalId) {
        return "{\"recipient\":{\"type\":\"SI\",\"companyRegister\":\"" + siret + "\",\"branchCode\":\"" + branch
                + "\"},\"externalId\":\"" + externalId + "\",\"partnerAttributes\":null}";
    }

    static String attachment(String name, String mime, int size, String... recipients) {
        return "{\"fileName\":\"" + name + "\",\"type\":\"Formulaire\",\"size\":" + size + ",\"mimeType\":\"" + mime
                + "\",\"recipients\":[" + String.join(",", java.util.Arrays.stream(recipients).map(r -> "\"" + r + "\"").toList()) + "]}";
    }

    private static List<String> about(List<String> journal, String... caseIds) {
        return journal.stream().filter(line -> java.util.Arrays.stream(caseIds).anyMatch(line::contains)).toList();
    }

    @Test
    void certdcToTwoTownHallsThroughTheirSoftware() throws Exception {
        OperatorSoftware certdc = new OperatorSoftware("CertDc", Api.token("osl-dgs-demo", Api.DEMO_SECRET, "OSL"));
        TownHallSoftware chelles = new TownHallSoftware("Logiciel Chelles", Api.token("si-it-chelles-certdc", SECRET, "SI"));
        TownHallSoftware lagny = new TownHallSoftware("Logiciel Lagny", Api.token("si-it-lagny-certdc", SECRET, "SI"));
        String number = "DGS-FLD-" + RUN;
        byte[] certificate = "%PDF-1.4 volet administratif".getBytes(StandardCharsets.UTF_8);
        byte[] medical = "<volet>médical</volet>".getBytes(StandardCharsets.UTF_8);
        JsonObject sent = certdc.send(folder("CERTDC", number,
                List.of(aCase(CHELLES, "77108", number + "-01"), aCase(LAGNY, "77243", number + "-02")),
                List.of(attachment("certificat.pdf", "application/pdf", certificate.length, number + "-01", number + "-02"),
                        attachment("volet-medical.xml", "application/xml", medical.length, number + "-02"))),
                List.of(certificate, medical));
        String toChelles = text(sent.getJsonArray("cases").getJsonObject(0), "id");
        String toLagny = text(sent.getJsonArray("cases").getJsonObject(1), "id");

        // Each town hall takes its new case (eventId null), writes its files, instructs it to DONE.
        assertEquals(1, chelles.run());
        assertEquals(List.of("new-case " + toChelles), chelles.journal);
        assertArrayEquals(certificate, chelles.files.get(toChelles).get("certificat.pdf"));
        assertEquals(1, chelles.files.get(toChelles).size(), "Chelles receives the certificate only");
        assertEquals(1, lagny.run());
        assertArrayEquals(medical, lagny.files.get(toLagny).get("volet-medical.xml"));

        // The operator reads both town halls' status events, acknowledges them and closes both cases.
        certdc.run();
        assertEquals(List.of("event " + toChelles + " STATUS_UPDATE IN_PROGRESS",
                "event " + toChelles + " STATUS_UPDATE DONE", "closed " + toChelles,
                "event " + toLagny + " STATUS_UPDATE IN_PROGRESS",
                "event " + toLagny + " STATUS_UPDATE DONE", "closed " + toLagny), about(certdc.journal, toChelles, toLagny));

        // The town halls receive the acknowledgements of their two events and the closing event.
        assertEquals(3, chelles.run());
        List<String> second = chelles.journal.subList(1, chelles.journal.size());
        assertEquals(2, second.stream().filter(l -> l.startsWith("ack " + toChelles)).count(), second.toString());
        assertTrue(second.contains("event " + toChelles + " STATUS_UPDATE CLOSED"), second.toString());
        assertTrue(chelles.history.get(0).contains("STATUS_UPDATE by "), chelles.history.toString());
        assertEquals(3, lagny.run());

        // The operator gets the acknowledgement of its closing events; then every queue is empty.
        certdc.run();
        assertEquals(2, about(certdc.journal, toChelles, toLagny).stream().filter(l -> l.startsWith("ack ")).count());
        assertEquals(0, chelles.run());
        assertEquals(0, lagny.run());
        assertEquals(0, certdc.run());
        JsonObject closed = QueueSoftware.object(Api.call("GET", "teledossiers/v1/cases/" + toChelles, chelles.token(),
                null), 200);
        assertEquals("CLOSED", text(closed, "status"));
        assertTrue(text(closed, "closeDateTime") != null);
        assertTrue(closed.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .allMatch(e -> "RECEIVED".equals(text(e, "status"))), "every event was acknowledged: " + closed);
    }

    @Test
    void etatCivilWithTheTownHallsAnswerDeposited() throws Exception {
        OperatorSoftware servicePublic = new OperatorSoftware("service-public.fr",
                Api.token("osl-dila-demo", Api.DEMO_SECRET, "OSL"));
        byte[] act = "%PDF-1.4 copie intégrale d'acte de naissance".getBytes(StandardCharsets.UTF_8);
        TownHallSoftware fontainebleau = new TownHallSoftware("Logiciel Fontainebleau",
                Api.token("si-it-fontainebleau-etatcivil", SECRET, "SI"))
                .instructingWith((software, caseId) -> {
                    software.deposit(caseId, "acte-naissance.pdf", act, "Votre acte");
                    software.status(caseId, "DONE");
                });
        String number = "DILA-FLD-" + RUN;
        byte[] request = "%PDF-1.4 demande d'acte".getBytes(StandardCharsets.UTF_8);
        JsonObject sent = servicePublic.send(folder("EtatCivil", number,
                List.of(aCase(FONTAINEBLEAU, "77186", number + "-01")),
                List.of(attachment("demande.pdf", "application/pdf", request.length, number + "-01"))), List.of(request));
        String caseId = text(sent.getJsonArray("cases").getJsonObject(0), "id");

        assertEquals(1, fontainebleau.run());
        assertArrayEquals(request, fontainebleau.files.get(caseId).get("demande.pdf"));
        servicePublic.run();
        assertEquals(List.of("event " + caseId + " STATUS_UPDATE IN_PROGRESS", "event " + caseId + " ATTACH_DEPOSIT null",
                "event " + caseId + " STATUS_UPDATE DONE", "closed " + caseId), about(servicePublic.journal, caseId));
        assertArrayEquals(act, servicePublic.files.values().stream().filter(f -> f.containsKey("acte-naissance.pdf"))
                .findFirst().orElseThrow().get("acte-naissance.pdf"), "the operator got the deposited act");

        assertEquals(4, fontainebleau.run(), "three acknowledgements and the closing event");
        assertEquals(3, fontainebleau.journal.stream().filter(l -> l.startsWith("ack " + caseId)).count());
        servicePublic.run();
        assertEquals(List.of("ack"), about(servicePublic.journal, caseId).stream().skip(4).map(l -> l.split(" ")[0]).toList());
        assertEquals(0, fontainebleau.run());
        assertEquals(0, servicePublic.run());
    }
}
