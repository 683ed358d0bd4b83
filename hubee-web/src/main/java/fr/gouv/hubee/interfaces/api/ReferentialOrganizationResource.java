package fr.gouv.hubee.interfaces.api;

import fr.gouv.hubee.application.referential.OrganizationData;
import fr.gouv.hubee.application.referential.ReferentialOrganizations;
import fr.gouv.hubee.application.referential.ReferentialPage;
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

/** /referential/v1/organizations (api_organization_v1.2.0, scope ADMIN). */
@Path("referential/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
public class ReferentialOrganizationResource {

    private static final String PATH = "/referential/v1/organizations";

    @Inject
    ReferentialOrganizations organizations;

    @Inject
    Validator validator;


    @GET
    public Response list(@QueryParam("type") String type, @QueryParam("company_register") String companyRegister,
                         @QueryParam("orderBy") String orderBy, @QueryParam("offSet") String offset,
                         @QueryParam("maxResult") String maxResult) {
        ReferentialPage<OrganizationData> page = organizations.list(type, companyRegister,
                orderBy, Requests.integer(offset, "offSet", "GET", PATH, 0),
                Requests.integer(maxResult, "maxResult", "GET", PATH, ReferentialPage.DEFAULT_MAX));
        return Requests.page("Organizations", page, page.items());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(OrganizationData body) {
        OrganizationData created = organizations.create(Requests.valid(validator, body));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("{id}")
    public OrganizationData get(@PathParam("id") String id) {
        return organizations.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrganizationData update(@PathParam("id") String id, OrganizationData body) {
        return organizations.update(id, Requests.valid(validator, body));
    }
}
