package fr.gouv.hubee.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real HTTP client of the HubEE API, as operator and town-hall software call it. */
final class Api {

    static final String BASE = TestServer.BASE_URL + "api/";
    static final String DEMO_SECRET = "HubEE-demo-api-2026";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private Api() {
    }

    static HttpResponse<String> tokenResponse(String clientId, String secret, String scope) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=" + scope)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String token(String clientId, String secret, String scope) throws Exception {
        HttpResponse<String> response = tokenResponse(clientId, secret, scope);
        Matcher m = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            throw new AssertionError("no token for " + clientId + ": " + response.statusCode() + " " + response.body());
        }
        return m.group(1);
    }

    static HttpResponse<String> postJson(String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Any call of the API: method, path under /hubee/api/, bearer token, JSON body (or none), extra headers. */
    static HttpResponse<String> call(String method, String path, String token, String json, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** PUT of a file's bytes, with its digest header when given. */
    static HttpResponse<String> upload(String path, String token, byte[] content, String digest) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content));
        if (digest != null) {
            request.header("digest", digest);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<byte[]> download(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static jakarta.json.JsonObject object(HttpResponse<String> response) {
        return jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readObject();
    }

    static jakarta.json.JsonArray array(HttpResponse<String> response) {
        return jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readArray();
    }

    /** The contract's error body: {"errors":[{"code":…,"message":…}]} — its message, after checking its code. */
    static String error(HttpResponse<String> response) {
        jakarta.json.JsonObject error = object(response).getJsonArray("errors").getJsonObject(0);
        if (error.getInt("code") != response.statusCode()) {
            throw new AssertionError("error code " + error.getInt("code") + " in a " + response.statusCode());
        }
        return error.getString("message");
    }

    static String sha256(byte[] content) throws Exception {
        return Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }
}
