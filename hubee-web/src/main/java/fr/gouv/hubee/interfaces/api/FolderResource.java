package fr.gouv.hubee.interfaces.api;

import fr.gouv.hubee.application.exchange.ExchangeViews.FolderView;
import fr.gouv.hubee.application.exchange.FolderExchange;
import fr.gouv.hubee.application.exchange.UploadOutcome;
import fr.gouv.hubee.interfaces.api.dto.FolderDto;
import fr.gouv.hubee.interfaces.api.dto.StatusDto;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.UUID;

/** /teledossiers/v1/folders (operators). */
@Path("teledossiers/v1/folders")
@Produces(MediaType.APPLICATION_JSON)
public class FolderResource {

    private static final String PATH = "/teledossiers/v1/folders/";

    @Inject
    FolderExchange folders;

    @Inject
    Validator validator;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(FolderDto body) {
        FolderView created = folders.create(Requests.valid(validator, body).toNewFolder(),
                Requests.partner(headers));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("{folderId}")
    public FolderView get(@PathParam("folderId") String folderId) {
        return folders.get(id(folderId, "GET"));
    }

    @PATCH
    @Path("{folderId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("folderId") String folderId, StatusDto body) {
        UUID id = id(folderId, "PATCH");
        StatusDto status = Requests.valid(validator, body);
        if (status.globalStatus == null) {
            return ApiError.response(400, "#: required key [globalStatus] not found");
        }
        folders.updateStatus(id, status.globalStatus,
                status.closeDateTime == null ? null : status.closeDateTime.toInstant());
        return Requests.noContent();
    }

    @POST
    @Path("{folderId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateWithPost(@PathParam("folderId") String folderId, StatusDto body) {
        Requests.requirePatchOverride(headers);
        return update(folderId, body);
    }

    @DELETE
    @Path("{folderId}")
    public Response delete(@PathParam("folderId") String folderId) {
        folders.delete(id(folderId, "DELETE"));
        return Requests.noContent();
    }

    @PUT
    @Path("{folderId}/attachments/{attachmentId}")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("folderId") String folderId, @PathParam("attachmentId") String attachmentId,
                           InputStream content) {
        UUID folder = id(folderId, "PUT");
        UUID attachment = Requests.uuid(attachmentId, "attachmentId", "PUT", PATH + folderId + "/attachments/" + attachmentId);
        UploadOutcome outcome = folders.upload(folder, attachment, content,
                headers.getHeaderString("digest"), Requests.contentLength(headers));
        return outcome.ok() ? Requests.noContent() : ApiError.response(outcome.status(), outcome.message());
    }

    private static UUID id(String folderId, String method) {
        return Requests.uuid(folderId, "folderId", method, PATH + folderId);
    }
}
