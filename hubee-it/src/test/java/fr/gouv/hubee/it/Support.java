package fr.gouv.hubee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Client of the test-only endpoints of {@link SupportResource}. */
final class Support {

    private static final String BASE = "http://localhost:8180/hubee-it-support/";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Support() {
    }

    static String post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    /**
     * An SI organisation (created if absent) subscribed to the démarche in API mode with these
     * credentials: active from today, or suspended.
     */
    static void apiSubscriber(String siret, String branch, String procedure, String clientId, String secret,
                              boolean active) throws Exception {
        post("subscription/api", Map.of("siret", siret, "branch", branch, "procedure", procedure, "clientId", clientId,
                "secret", secret, "active", Boolean.toString(active)));
    }

    static String audit(String email) throws Exception {
        return get("audit?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
    }

    /** The id of a demo dossier of a recipient (SIRET), démarche and API status. */
    static String dossier(String siret, String procedure, String status) throws Exception {
        return get("dossier?siret=" + siret + "&procedure=" + procedure + "&status=" + status);
    }

    static boolean routing(String siret, String procedure, java.time.LocalDate day) throws Exception {
        return Boolean.parseBoolean(get("routing?siret=" + siret + "&procedure=" + procedure + "&day=" + day));
    }

    static String subscription(String siret, String procedure) throws Exception {
        return get("subscription?siret=" + siret + "&procedure=" + procedure);
    }

    static String user(String email) throws Exception {
        return get("user?email=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8));
    }

    static String get(String path, String... query) throws Exception {
        StringBuilder q = new StringBuilder(path).append('?');
        for (int i = 0; i < query.length; i += 2) {
            q.append(query[i]).append('=').append(java.net.URLEncoder.encode(query[i + 1], java.nio.charset.StandardCharsets.UTF_8)).append('&');
        }
        return get(q.toString());
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
