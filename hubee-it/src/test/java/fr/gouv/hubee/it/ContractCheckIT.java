package fr.gouv.hubee.it;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;

/**
 * The judge judged: {@link Contract} must refuse what crashed the clients in the field (a key left
 * out, even a null one), what the contract does not declare, and an answer that may be cached —
 * and accept a conforming answer. Plain JUnit on written answers: no server needed.
 */
class ContractCheckIT {

    private static final String NEW_CASE = """
            [{"id":"a66abb0c-52d1-4e50-9195-22526fb7ce92",
              "recipient":{"type":"SI","companyRegister":"21770284000012","branchCode":"77284"},
              "transmitter":{"type":"OSL","companyRegister":"11000101300017","branchCode":"75107"},
              "processCode":"CERTDC","caseId":"94b1b09d-b47f-4480-9b48-93b8b36108f2","eventId":null,
              "dateTime":"2026-11-29T20:00:00.123456Z"}]""";

    @Test
    void aConformingAnswerPasses() {
        assertDoesNotThrow(() -> Contract.check("GET", "teledossiers/v1/notifications", answer(200, NEW_CASE)));
        assertDoesNotThrow(() -> Contract.check("GET", "teledossiers/v1/notifications?eventDetails=true",
                answer(200, NEW_CASE.replace("\"eventId\":null", "\"eventId\":null,\"eventActionType\":null,\"eventStatus\":null"))));
        assertDoesNotThrow(() -> Contract.check("DELETE", "teledossiers/v1/notifications/x", answer(204, "")));
    }

    @Test
    void aKeyLeftOutFailsEvenWhenItsValueWouldBeNull() {
        AssertionError e = assertThrows(AssertionError.class, () -> Contract.check("GET", "teledossiers/v1/notifications",
                answer(200, NEW_CASE.replace(",\"eventId\":null", ""))));
        assertTrue(e.getMessage().contains("keys missing") && e.getMessage().contains("eventId"), e.getMessage());
        e = assertThrows(AssertionError.class, () -> Contract.check("GET", "teledossiers/v1/notifications?eventDetails=true",
                answer(200, NEW_CASE)));
        assertTrue(e.getMessage().contains("eventActionType"), e.getMessage());
    }

    @Test
    void whatTheContractDoesNotDeclareFails() {
        AssertionError extra = assertThrows(AssertionError.class, () -> Contract.check("GET",
                "teledossiers/v1/notifications", answer(200, NEW_CASE.replace("\"eventId\":null", "\"eventId\":null,\"x\":1"))));
        assertTrue(extra.getMessage().contains("keys the contract does not declare: [x]"), extra.getMessage());
        AssertionError type = assertThrows(AssertionError.class, () -> Contract.check("GET",
                "teledossiers/v1/notifications", answer(200, NEW_CASE.replace("\"CERTDC\"", "42"))));
        assertTrue(type.getMessage().contains("processCode"), type.getMessage());
        AssertionError path = assertThrows(AssertionError.class, () -> Contract.check("GET", "teledossiers/v1/secrets",
                answer(200, "[]")));
        assertTrue(path.getMessage().contains("not an operation of the contract"), path.getMessage());
        AssertionError status = assertThrows(AssertionError.class, () -> Contract.check("DELETE",
                "teledossiers/v1/notifications/x", answer(200, "{}")));
        assertTrue(status.getMessage().contains("status not declared"), status.getMessage());
        AssertionError error = assertThrows(AssertionError.class, () -> Contract.check("GET",
                "teledossiers/v1/cases/x", answer(500, "<html>Internal error</html>", "text/html")));
        assertTrue(error.getMessage().contains("JSON expected"), error.getMessage());
    }

    @Test
    void anAnswerThatMayBeCachedFails() {
        AssertionError e = assertThrows(AssertionError.class, () -> Contract.check("GET", "teledossiers/v1/notifications",
                new Answer(200, NEW_CASE, Map.of("Content-Type", List.of("application/json")))));
        assertTrue(e.getMessage().contains("no-store"), e.getMessage());
    }

    private static Answer answer(int status, String body) {
        return answer(status, body, "application/json");
    }

    private static Answer answer(int status, String body, String type) {
        return new Answer(status, body, Map.of("Content-Type", List.of(type), "Cache-Control", List.of("no-store")));
    }

    /** A written answer, as the HTTP client would hand it over. */
    private record Answer(int statusCode, String body, Map<String, List<String>> headerMap)
            implements HttpResponse<String> {
        @Override
        public HttpRequest request() {
            return HttpRequest.newBuilder(uri()).build();
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return HttpHeaders.of(headerMap, (k, v) -> true);
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return URI.create(Api.BASE);
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
