package fr.gouv.hubee.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A real HTTP client of the HubEE API, as operator and town-hall software call it. Every answer,
 * whatever the test, goes through {@link Contract#check} before the test sees it: a new endpoint
 * or a field left out cannot slip past.
 */
final class Api {

    static final String BASE = TestServer.BASE_URL + "api/";
    static final String DEMO_SECRET = "HubEE-demo-api-2026";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Api() {
    }

    /** POST /token as most clients send it: HTTP Basic and a form body. */
    static HttpResponse<String> tokenResponse(String clientId, String secret, String scope) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send("POST", "token", HttpRequest.newBuilder(URI.create(BASE + "token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=" + scope)),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POST /token with any body and content type (the other forms clients in the field use). */
    static HttpResponse<String> tokenRequest(String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + "token"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send("POST", "token", request, HttpResponse.BodyHandlers.ofString());
    }

    static String form(String... pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            form.append(form.length() == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    static String token(String clientId, String secret, String scope) throws Exception {
        return accessToken(tokenResponse(clientId, secret, scope));
    }

    static String accessToken(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("no token: " + response.statusCode() + " " + response.body());
        }
        return object(response).getString("access_token");
    }

    static HttpResponse<String> postJson(String path, String token, String json) throws Exception {
        return call("POST", path, token, json);
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
        return send(method, path, request, HttpResponse.BodyHandlers.ofString());
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
        return send("PUT", path, request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<byte[]> download(String path, String token) throws Exception {
        return send("GET", path, HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Authorization", "Bearer " + token).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> send(String method, String path, HttpRequest.Builder request,
                                            HttpResponse.BodyHandler<T> handler) throws Exception {
        HttpResponse<T> response = HTTP.send(request.build(), handler);
        Contract.check(method, path, response);
        return response;
    }

    static JsonObject object(HttpResponse<String> response) {
        return jakarta.json.Json.createReader(new StringReader(response.body())).readObject();
    }

    static JsonArray array(HttpResponse<String> response) {
        return jakarta.json.Json.createReader(new StringReader(response.body())).readArray();
    }

    /**
     * A field read the way clients in the field read it ({@code notification["eventId"]}): the key
     * must be there, even when its value is null; a missing key fails like their KeyError.
     */
    static JsonValue field(JsonObject object, String key) {
        if (!object.containsKey(key)) {
            throw new AssertionError("KeyError: '" + key + "' in " + object);
        }
        return object.get(key);
    }

    /** {@link #field} as text, null for a JSON null. */
    static String text(JsonObject object, String key) {
        JsonValue value = field(object, key);
        return value.getValueType() == JsonValue.ValueType.NULL ? null : ((jakarta.json.JsonString) value).getString();
    }

    /** The contract's error body: {"errors":[{"code":…,"message":…}]} — its message, after checking its code. */
    static String error(HttpResponse<String> response) {
        JsonObject error = object(response).getJsonArray("errors").getJsonObject(0);
        if (error.getInt("code") != response.statusCode()) {
            throw new AssertionError("error code " + error.getInt("code") + " in a " + response.statusCode());
        }
        return error.getString("message");
    }

    static String sha256(byte[] content) throws Exception {
        return Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }
}
