package fr.gouv.hubee.interfaces.api;

import fr.gouv.hubee.application.exchange.AttachmentExchange;
import fr.gouv.hubee.application.exchange.CaseExchange;
import fr.gouv.hubee.application.exchange.EventExchange;
import fr.gouv.hubee.application.exchange.ExchangeViews.CaseView;
import fr.gouv.hubee.application.exchange.ExchangeViews.EventView;
import fr.gouv.hubee.application.exchange.OrganizationId;
import fr.gouv.hubee.application.exchange.UploadOutcome;
import fr.gouv.hubee.interfaces.api.dto.EventDto;
import fr.gouv.hubee.interfaces.api.dto.MigrationDto;
import fr.gouv.hubee.interfaces.api.dto.OrganizationIdentifierDto;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;

/** /teledossiers/v1/cases: cases, their files and events (both sides). */
@Path("teledossiers/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    private static final String PATH = "/teledossiers/v1/cases/";

    @Inject
    CaseExchange cases;

    @Inject
    EventExchange events;

    @Inject
    AttachmentExchange attachments;

    @Inject
    Validator validator;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{caseId}")
    public CaseView get(@PathParam("caseId") String caseId, @QueryParam("lite") String lite) {
        return cases.get(caseId(caseId, "GET"), "true".equalsIgnoreCase(lite));
    }

    @PATCH
    @Path("{caseId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("caseId") String caseId, StatusDto body) {
        UUID id = caseId(caseId, "PATCH");
        cases.updateStatus(id, Requests.valid(validator, body).status);
        return Requests.noContent();
    }

    @POST
    @Path("{caseId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateWithPost(@PathParam("caseId") String caseId, StatusDto body) {
        Requests.requirePatchOverride(headers);
        return update(caseId, body);
    }

    @PUT
    @Path("migrate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> migrate(MigrationDto body) {
        MigrationDto migration = Requests.valid(validator, body);
        return Map.of("caseUpdated", cases.migrate(org(migration.organizationSource),
                org(migration.organizationTarget)));
    }

    private static OrganizationId org(OrganizationIdentifierDto dto) {
        return new OrganizationId(dto.type, dto.companyRegister, dto.branchCode);
    }

    @GET
    @Path("{caseId}/attachments/{attachmentId}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    public Response download(@PathParam("caseId") String caseId, @PathParam("attachmentId") String attachmentId) {
        UUID id = caseId(caseId, "GET");
        UUID attachment = Requests.uuid(attachmentId, "attachmentId", "GET", PATH + caseId + "/attachments/" + attachmentId);
        return Downloads.of(attachments, id, null, attachment);
    }

    @POST
    @Path("{caseId}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createEvent(@PathParam("caseId") String caseId, EventDto body) {
        UUID id = caseId(caseId, "POST");
        EventView created = events.create(id, Requests.valid(validator, body).toNewEvent(),
                Requests.partner(headers));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("{caseId}/events/{eventId}")
    public EventView getEvent(@PathParam("caseId") String caseId, @PathParam("eventId") String eventId) {
        return events.get(caseId(caseId, "GET"), eventId(caseId, eventId, "GET"));
    }

    @PATCH
    @Path("{caseId}/events/{eventId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateEvent(@PathParam("caseId") String caseId, @PathParam("eventId") String eventId, StatusDto body) {
        UUID id = caseId(caseId, "PATCH");
        UUID event = eventId(caseId, eventId, "PATCH");
        events.updateStatus(id, event, Requests.valid(validator, body).status);
        return Requests.noContent();
    }

    @POST
    @Path("{caseId}/events/{eventId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateEventWithPost(@PathParam("caseId") String caseId, @PathParam("eventId") String eventId,
                                        StatusDto body) {
        Requests.requirePatchOverride(headers);
        return updateEvent(caseId, eventId, body);
    }

    @DELETE
    @Path("{caseId}/events/{eventId}")
    public Response deleteEvent(@PathParam("caseId") String caseId, @PathParam("eventId") String eventId) {
        events.delete(caseId(caseId, "DELETE"), eventId(caseId, eventId, "DELETE"));
        return Requests.noContent();
    }

    @PUT
    @Path("{caseId}/events/{eventId}/attachments/{attachmentId}")
    @Consumes(MediaType.WILDCARD)
    public Response uploadEventAttachment(@PathParam("caseId") String caseId, @PathParam("eventId") String eventId,
                                          @PathParam("attachmentId") String attachmentId, InputStream content) {
        UUID id = caseId(caseId, "PUT");
        UUID event = eventId(caseId, eventId, "PUT");
        UUID attachment = Requests.uuid(attachmentId, "attachmentId", "PUT",
                PATH + caseId + "/events/" + eventId + "/attachments/" + attachmentId);
        UploadOutcome outcome = events.upload(id, event, attachment, content,
                headers.getHeaderString("digest"), Requests.contentLength(headers));
        return outcome.ok() ? Requests.noContent() : ApiError.response(outcome.status(), outcome.message());
    }

    @GET
    @Path("{caseId}/events/{eventId}/attachments/{attachmentId}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    public Response downloadEventAttachment(@PathParam("caseId") String caseId, @PathParam("eventId") String eventId,
                                            @PathParam("attachmentId") String attachmentId) {
        UUID id = caseId(caseId, "GET");
        UUID event = eventId(caseId, eventId, "GET");
        UUID attachment = Requests.uuid(attachmentId, "attachmentId", "GET",
                PATH + caseId + "/events/" + eventId + "/attachments/" + attachmentId);
        return Downloads.of(attachments, id, event, attachment);
    }

    private static UUID caseId(String caseId, String method) {
        return Requests.uuid(caseId, "caseId", method, PATH + caseId);
    }

    private static UUID eventId(String caseId, String eventId, String method) {
        return Requests.uuid(eventId, "eventId", method, PATH + caseId + "/events/" + eventId);
    }
}
