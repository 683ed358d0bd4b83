package fr.gouv.hubee.interfaces.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The contract this server implements, served as published (the HubEE OpenAPI files): clients and
 * code generators read the very document their software was written against.
 */
@Path("openapi")
public class OpenApiResource {

    static final List<String> FILES = List.of("api_folder_v1.2.7.yaml", "api_subscription_v1.2.3.yaml",
            "api_process_v1.2.1.yaml", "api_organization_v1.2.0.yaml");

    /** The folder API (/teledossiers/v1), the one most clients need. */
    @GET
    @Produces("application/yaml")
    public Response folderApi() {
        return file(FILES.get(0));
    }

    @GET
    @Path("index")
    @Produces("text/plain")
    public String index() {
        return FILES.stream().map(f -> "openapi/" + f).collect(Collectors.joining("\n", "", "\n"));
    }

    @GET
    @Path("{file}")
    @Produces("application/yaml")
    public Response file(@PathParam("file") String file) {
        if (!FILES.contains(file)) {
            return ApiError.response(404, "Resource is not found");
        }
        InputStream content = OpenApiResource.class.getResourceAsStream("/fr/gouv/hubee/web/openapi/" + file);
        return Response.ok(content, "application/yaml").build();
    }
}
