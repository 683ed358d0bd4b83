package fr.gouv.hubee.interfaces.api;

import fr.gouv.hubee.application.api.ApiAuthentication;
import fr.gouv.hubee.application.api.IssuedToken;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * POST /token: OAuth2 client credentials. The client authenticates with HTTP Basic or with
 * {@code client_id}/{@code client_secret} in the body (RFC 6749 §2.3.1), the body being a form
 * (the RFC's) or JSON (seen in operator clients in the wild).
 */
@Path("token")
public class TokenResource {

    @Inject
    ApiAuthentication authentication;

    @Context
    HttpServletRequest request;

    public record TokenResponse(@JsonbProperty("access_token") String accessToken,
                                @JsonbProperty("token_type") String tokenType,
                                @JsonbProperty("expires_in") long expiresIn) {
    }

    /** The JSON form of the request: the form's parameters as properties. */
    public static class TokenRequest {
        @JsonbProperty("grant_type")
        public String grantType;
        public String scope;
        @JsonbProperty("client_id")
        public String clientId;
        @JsonbProperty("client_secret")
        public String clientSecret;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @FormParam("grant_type") String grantType, @FormParam("scope") String scope,
                          @FormParam("client_id") String formClientId, @FormParam("client_secret") String formSecret) {
        return issue(authorization, grantType, scope, formClientId, formSecret);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response tokenFromJson(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, TokenRequest body) {
        TokenRequest request = body == null ? new TokenRequest() : body;
        return issue(authorization, request.grantType, request.scope, request.clientId, request.clientSecret);
    }

    private Response issue(String authorization, String grantType, String scope, String bodyClientId,
                           String bodySecret) {
        if (!"client_credentials".equals(grantType)) {
            return ApiError.response(400, "unsupported_grant_type");
        }
        String[] basic = basic(authorization);
        String clientId = basic != null ? basic[0] : bodyClientId;
        String secret = basic != null ? basic[1] : bodySecret;
        IssuedToken token = authentication.issue(clientId, secret, scope, request.getRemoteAddr());
        // No-store, as every answer of the API (ApiResponseHeaders).
        return Response.ok(new TokenResponse(token.accessToken(), "Bearer", token.expiresIn())).build();
    }

    private static String[] basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
