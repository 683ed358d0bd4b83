package fr.gouv.hubee.interfaces.api;

import fr.gouv.hubee.application.referential.ProcessData;
import fr.gouv.hubee.application.referential.ReferentialPage;
import fr.gouv.hubee.application.referential.ReferentialProcesses;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** /referential/v1/processes (api_process_v1.2.1, scope ADMIN): the démarches and their settings. */
@Path("referential/v1/processes")
@Produces(MediaType.APPLICATION_JSON)
public class ReferentialProcessResource {

    private static final String PATH = "/referential/v1/processes";

    @Inject
    ReferentialProcesses processes;

    @Inject
    Validator validator;


    /** {@code offset} as the contract's parameter names it, {@code offSet} as the other lists do. */
    @GET
    public Response list(@QueryParam("companyRegister") String companyRegister, @QueryParam("orderBy") String orderBy,
                         @QueryParam("offset") String offset, @QueryParam("offSet") String offSet,
                         @QueryParam("maxResult") String maxResult) {
        ReferentialPage<ProcessData> page = processes.list(companyRegister, orderBy,
                Requests.integer(offset != null ? offset : offSet, "offset", "GET", PATH, 0),
                Requests.integer(maxResult, "maxResult", "GET", PATH, ReferentialPage.DEFAULT_MAX));
        return Requests.page("Processes", page, page.items());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ProcessData body) {
        ProcessData created = processes.create(Requests.valid(validator, body));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("{code}")
    public ProcessData get(@PathParam("code") String code) {
        return processes.get(code);
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProcessData update(@PathParam("code") String code, ProcessData body) {
        return processes.update(code, Requests.valid(validator, body));
    }
}
