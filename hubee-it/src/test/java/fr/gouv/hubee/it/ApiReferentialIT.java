package fr.gouv.hubee.it;

import static fr.gouv.hubee.it.Api.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The referential as DataPass and the operators' onboarding scripts use it (organisations,
 * démarches, subscriptions, scope ADMIN), and the démarche catalogue of the public HubEE
 * documentation in the demo: CNAF and SNATED to the conseils départementaux included.
 */
@ExtendWith(ArquillianExtension.class)
class ApiReferentialIT {

    static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L);
    /** Hauts-de-Seine, the demo's conseil départemental. */
    static final String HAUTS_DE_SEINE = "22920001100018";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.earWithSupport();
    }

    private static String admin() throws Exception {
        return Api.token("admin-demo", Api.DEMO_SECRET, "ADMIN");
    }

    @Test
    void onboardingCreatesAnOrganizationReadsItsDemarcheAndSubscribesIt() throws Exception {
        String admin = admin();
        String siret = "21770555" + String.format("%05d", Long.parseLong(RUN) % 100_000);
        siret = siret + fr.gouv.hubee.domain.rules.Siret.checkDigit(siret);
        String id = "SI-" + siret + "-77555";
        String body = "{\"type\":\"SI\",\"companyRegister\":\"" + siret + "\",\"branchCode\":\"77555\","
                + "\"name\":\"COMMUNE DE VILLENEUVE-TEST\",\"code\":null,\"country\":\"France\",\"postalCode\":\"77174\","
                + "\"territory\":\"SEINE-ET-MARNE\",\"email\":\"mairie@villeneuve.test\",\"phoneNumber\":\"0160000000\","
                + "\"status\":\"Actif\"}";
        assertEquals("Unauthorized user", Api.error(Api.call("POST", "referential/v1/organizations",
                Api.token("osl-dgs-demo", Api.DEMO_SECRET, "OSL"), body)));
        HttpResponse<String> created = Api.call("POST", "referential/v1/organizations", admin, body);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("SEINE-ET-MARNE", text(Api.object(created), "territory"));
        assertEquals("Organization already exists: " + id, Api.error(Api.call("POST", "referential/v1/organizations",
                admin, body)));
        assertTrue(Api.error(Api.call("POST", "referential/v1/organizations", admin,
                body.replace(siret, siret.substring(0, 13) + ((siret.charAt(13) - '0' + 1) % 10))))
                .contains("companyRegister"), "a SIRET must pass its check digit");

        HttpResponse<String> read = Api.call("GET", "referential/v1/organizations/" + id, admin, null);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("COMMUNE DE VILLENEUVE-TEST", text(Api.object(read), "name"));
        assertEquals("Organization is not found", Api.error(Api.call("GET", "referential/v1/organizations/SI-"
                + "21770999000011-77999", admin, null)));
        assertEquals(400, Api.call("GET", "referential/v1/organizations/pas-un-identifiant", admin, null).statusCode());

        HttpResponse<String> updated = Api.call("PUT", "referential/v1/organizations/" + id, admin,
                body.replace("VILLENEUVE-TEST", "VILLENEUVE-SUR-TEST").replace("0160000000", "+33160000001"));
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("COMMUNE DE VILLENEUVE-SUR-TEST", text(Api.object(updated), "name"));
        assertTrue(text(Api.object(updated), "updateDateTime") != null);

        HttpResponse<String> found = Api.call("GET", "referential/v1/organizations?type=SI&company_register=" + siret,
                admin, null);
        assertEquals(200, found.statusCode());
        assertEquals(List.of(siret), Api.array(found).getValuesAs(JsonObject.class).stream()
                .map(o -> text(o, "companyRegister")).toList());
        HttpResponse<String> page = Api.call("GET", "referential/v1/organizations?type=OSL&orderBy=company_register"
                + "&offSet=1&maxResult=2", admin, null);
        assertEquals(2, Api.array(page).size());
        assertTrue(page.headers().firstValue("Content-Range").orElseThrow().matches("Organizations 1-2/\\d+"));

        // The démarche it subscribes to, read as the onboarding script does, then DataPass's subscription.
        JsonObject etatCivil = Api.object(Api.call("GET", "referential/v1/processes/EtatCivil", admin, null));
        assertEquals("13000918600011", text(etatCivil.getJsonObject("osl"), "companyRegister"));
        assertTrue(etatCivil.getBoolean("messageToTransmitter"));
        HttpResponse<String> subscription = Api.call("POST", "referential/v1/subscriptions",
                Api.token("datapass-demo", Api.DEMO_SECRET, "DATAPASS"), "{\"datapassId\":" + RUN + ",\"processCode\":"
                        + "\"EtatCivil\",\"subscriber\":{\"type\":\"SI\",\"companyRegister\":\"" + siret
                        + "\",\"branchCode\":\"77555\"},\"notificationFrequency\":\"unitaire\",\"email\":"
                        + "\"etat-civil@villeneuve.test\",\"localAdministrator\":{\"firstName\":\"Agnès\",\"lastName\":"
                        + "\"Morel\",\"email\":\"agnes.morel@villeneuve.test\",\"function\":null,\"phoneNumber\":null,"
                        + "\"mobileNumber\":null},\"delegationActor\":null}");
        assertEquals(201, subscription.statusCode(), subscription.body());
        assertEquals("Inactif", text(Api.object(subscription), "status"));
        assertEquals("Agnès", text(Api.object(subscription).getJsonObject("localAdministrator"), "firstName"));
    }

    @Test
    void theDemarchesAreReadAndChangedByTheAdministration() throws Exception {
        String admin = admin();
        assertEquals("Unauthorized user", Api.error(Api.call("GET", "referential/v1/processes/CERTDC",
                Api.token("osl-dgs-demo", Api.DEMO_SECRET, "OSL"), null)));
        assertEquals("Process is not found", Api.error(Api.call("GET", "referential/v1/processes/INCONNU", admin, null)));
        JsonObject certdc = Api.object(Api.call("GET", "referential/v1/processes/CERTDC", admin, null));
        assertEquals(List.of(), certdc.getJsonArray("siAttachmentFormatsEnabled").getValuesAs(JsonString.class));
        String changed = certdc.toString().replace(text(certdc, "name"), "Certificat de décès (modifié)");
        HttpResponse<String> put = Api.call("PUT", "referential/v1/processes/CERTDC", admin, changed);
        assertEquals(200, put.statusCode(), put.body());
        assertEquals("Certificat de décès (modifié)", text(Api.object(put), "name"));
        assertEquals(200, Api.call("PUT", "referential/v1/processes/CERTDC", admin, certdc.toString()).statusCode());
        assertEquals(text(certdc, "name"), text(Api.object(Api.call("GET", "referential/v1/processes/CERTDC", admin,
                null)), "name"));

        String code = "IT" + RUN;
        String process = certdc.toString().replace("\"CERTDC\"", "\"" + code + "\"");
        HttpResponse<String> created = Api.call("POST", "referential/v1/processes", admin, process);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("Process already exists: " + code, Api.error(Api.call("POST", "referential/v1/processes", admin, process)));
        assertTrue(Api.error(Api.call("POST", "referential/v1/processes", admin, process.replace(code, code + "B")
                .replace("\"statusBeforeFileDeletion\":\"", "\"statusBeforeFileDeletion\":\"X"))).contains("statusBeforeFileDeletion"));

        HttpResponse<String> byOperator = Api.call("GET", "referential/v1/processes?companyRegister=11000101300017"
                + "&orderBy=code", admin, null);
        assertEquals(200, byOperator.statusCode(), byOperator.body());
        assertEquals(List.of("CERTDC", code), Api.array(byOperator).getValuesAs(JsonObject.class).stream()
                .map(p -> text(p, "code")).toList());
    }

    @Test
    void theDemoHoldsThePublicCatalogueWithItsOperatorsAndRecipients() throws Exception {
        // One operator at a time, as a software reads the catalogue: the other tests of the run add
        // démarches of their own, so a single page of everything would not hold the demo's.
        Map<String, Set<String>> byOperator = new TreeMap<>();
        for (String siret : List.of("13000918600011", "11000101300017", "18003502400066", "18750904300027", "13002526500021")) {
            byOperator.put(siret, Api.array(Api.call("GET", "referential/v1/processes?maxResult=100&companyRegister=" + siret,
                            admin(), null)).getValuesAs(JsonObject.class).stream().map(p -> text(p, "code"))
                    .filter(code -> !code.startsWith("IT")).collect(Collectors.toCollection(java.util.TreeSet::new)));
        }
        assertEquals(Set.of("EtatCivil", "recensementCitoyen", "depotDossierPACS", "JeChangeDeCoordonnees",
                "HebergementTourisme"), byOperator.get("13000918600011"), "DILA");
        assertEquals(Set.of("CERTDC"), byOperator.get("11000101300017"), "DGS");
        assertEquals(Set.of("RSABEI-RSABAI", "RSABEX-RSABAX", "RSAFIM", "RSAFIX", "RSACTM", "IRSACG-IRSDCG", "GRO", "SGR",
                "MSABEI", "MSABEM", "MSABEX", "MSAFIM", "RSABEM-RSABAM", "DSG", "ContactsAllocataires-BRSA"),
                byOperator.get("18003502400066"), "CNAF");
        assertEquals(Set.of("SNATED"), byOperator.get("18750904300027"), "SNATED");
        assertEquals(Set.of("FormulaireQF"), byOperator.get("13002526500021"), "API Particulier");

        // CNAF to the Hauts-de-Seine (API mode, the demo's credentials): an RSA flow and the département's XML answer.
        OperatorSoftware cnaf = new OperatorSoftware("CNAF", Api.token("osl-cnaf-demo", Api.DEMO_SECRET, "OSL"));
        byte[] flow = "<?xml version=\"1.0\"?><flux>RSA</flux>".getBytes(StandardCharsets.UTF_8);
        byte[] answer = "<?xml version=\"1.0\"?><decision>accord</decision>".getBytes(StandardCharsets.UTF_8);
        String number = "CNAF-IT-" + RUN;
        JsonObject sent = cnaf.send(ApiFieldClientsIT.folder("RSABEI-RSABAI", number,
                List.of(ApiFieldClientsIT.aCase(HAUTS_DE_SEINE, "92", number + "-01")),
                List.of(ApiFieldClientsIT.attachment("flux.xml", "application/xml", flow.length, number + "-01"))),
                List.of(flow));
        String caseId = text(sent.getJsonArray("cases").getJsonObject(0), "id");
        TownHallSoftware departement = new TownHallSoftware("Logiciel CD92",
                Api.token("si-92-rsabei-rsabai", Api.DEMO_SECRET, "SI")).instructingWith((software, id) -> {
                    String event = text(QueueSoftware.object(Api.call("POST", "teledossiers/v1/cases/" + id + "/events",
                            software.token(), "{\"actionType\":\"ATTACH_DEPOSIT\",\"notification\":true,\"attachments\":"
                                    + "[{\"fileName\":\"decision.xml\",\"type\":\"Decision\",\"size\":" + answer.length
                                    + ",\"mimeType\":\"application/xml\"}]}"), 201), "id");
                    String path = "teledossiers/v1/cases/" + id + "/events/" + event;
                    String file = text(QueueSoftware.object(Api.call("GET", path, software.token(), null), 200)
                            .getJsonArray("attachments").getJsonObject(0), "id");
                    QueueSoftware.check(Api.upload(path + "/attachments/" + file, software.token(), answer, null), 204);
                    QueueSoftware.check(Api.call("PATCH", path, software.token(), "{\"status\":\"SENT\"}"), 204);
                    software.status(id, "DONE");
                });
        assertTrue(departement.run() >= 1);
        assertTrue(departement.journal.contains("new-case " + caseId));
        assertArrayEquals(flow, departement.files.get(caseId).get("flux.xml"));
        cnaf.run();
        assertTrue(cnaf.journal.contains("closed " + caseId), cnaf.journal.toString());
        assertArrayEquals(answer, cnaf.files.values().stream().filter(f -> f.containsKey("decision.xml")).findFirst()
                .orElseThrow().get("decision.xml"));

        // SNATED to the same département, in portal mode: its agent finds it in the portal list.
        OperatorSoftware snated = new OperatorSoftware("SNATED", Api.token("osl-snated-demo", Api.DEMO_SECRET, "OSL"));
        byte[] report = "%PDF-1.4 information préoccupante".getBytes(StandardCharsets.UTF_8);
        String ip = "SNATED-IT-" + RUN;
        snated.send(ApiFieldClientsIT.folder("SNATED", ip, List.of(ApiFieldClientsIT.aCase(HAUTS_DE_SEINE, "92", ip + "-01")),
                List.of(ApiFieldClientsIT.attachment("information.pdf", "application/pdf", report.length, ip + "-01"))),
                List.of(report));
        assertEquals("1", Support.get("portal/lists", "as", "karim.benali@hauts-de-seine.test", "search", ip));
    }
}
