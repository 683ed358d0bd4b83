package fr.gouv.hubee.interfaces.api;

import fr.gouv.hubee.application.exchange.Partner;
import fr.gouv.hubee.application.referential.ReferentialPage;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What every API resource checks before calling the EJBs, answered in the contract's words:
 * path ids that are not UUIDs, bodies against the DTOs' constraints, the partner headers, and
 * {@code X-HTTP-Method-Override: PATCH} on POST.
 */
final class Requests {

    static final String OVERRIDE = "X-HTTP-Method-Override";

    private Requests() {
    }

    /** A path id, or 400 « Input string "x" is not a valid UUID » as the contract's gateway says it. */
    static UUID uuid(String value, String parameter, String method, String path) {
        try {
            if (value != null && value.length() == 36) {
                return UUID.fromString(value);
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new WebApplicationException(ApiError.response(400, "Bad Request : Validation failed.\n[ERROR][REQUEST]["
                + method + " " + path + " @path." + parameter + "] Input string \"" + value + "\" is not a valid UUID"));
    }

    static <T> T valid(Validator validator, T body) {
        if (body == null) {
            throw new WebApplicationException(ApiError.response(400, "Bad Request : Validation failed. Body is required"));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new WebApplicationException(ApiError.invalid(violations));
        }
        return body;
    }

    static Partner partner(HttpHeaders headers) {
        return new Partner(headers.getHeaderString("editorName"), headers.getHeaderString("applicationName"),
                headers.getHeaderString("softwareVersion"));
    }

    /** POST standing for PATCH: without the header, 405 « Method not allowed ». */
    static void requirePatchOverride(HttpHeaders headers) {
        if (!"PATCH".equalsIgnoreCase(headers.getHeaderString(OVERRIDE))) {
            throw new WebApplicationException(ApiError.response(405, "Method not allowed"));
        }
    }

    /** The declared body length of an upload, when the client sends one (not with chunked encoding). */
    static Long contentLength(HttpHeaders headers) {
        return contentLength(headers.getHeaderString(HttpHeaders.CONTENT_LENGTH));
    }

    static Long contentLength(String length) {
        try {
            return length == null ? null : Long.valueOf(length.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An integer query parameter (offSet, maxResult), or the contract's gateway 400. */
    static int integer(String value, String parameter, String method, String path, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new WebApplicationException(ApiError.response(400, "Bad Request : Validation failed.\n[ERROR][REQUEST]"
                    + "[" + method + " " + path + " @query." + parameter + "] Instance type (string) does not match any"
                    + " allowed primitive type (allowed: [\"integer\"])"));
        }
    }

    /** A referential page with its {@code Content-Range: Unit first-last/total} header ({@code *} when empty). */
    static Response page(String unit, ReferentialPage<?> page, List<?> items) {
        String range = items.isEmpty() ? "*" : page.offset() + "-" + (page.offset() + items.size() - 1);
        return Response.ok(items).header("Content-Range", unit + " " + range + "/" + page.total()).build();
    }

    static Response noContent() {
        return Response.noContent().build();
    }
}
