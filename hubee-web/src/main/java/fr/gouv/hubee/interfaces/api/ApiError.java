package fr.gouv.hubee.interfaces.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The contract's error body: {@code {"errors":[{"code":400,"message":"…"}]}}. */
public record ApiError(List<Item> errors) {

    public record Item(int code, String message) {
    }

    /**
     * Bean Validation failures, as the contract words them: {@code #/email: String is not a valid
     * email value}, the path as a JSON pointer ({@code #/attachments/0/fileName}).
     */
    public static Response invalid(java.util.Set<? extends jakarta.validation.ConstraintViolation<?>> violations) {
        return response(400, violations.stream().map(v -> "#/" + pointer(v.getPropertyPath()) + ": " + v.getMessage())
                .distinct().sorted().collect(java.util.stream.Collectors.joining(", ")));
    }

    private static String pointer(jakarta.validation.Path path) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (jakarta.validation.Path.Node node : path) {
            if (node.getIndex() != null) {
                parts.add(node.getIndex().toString());
            }
            if (node.getName() != null && node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                parts.add(node.getName());
            }
        }
        return String.join("/", parts);
    }

    public static Response response(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(List.of(new Item(status, message)))).build();
    }
}
