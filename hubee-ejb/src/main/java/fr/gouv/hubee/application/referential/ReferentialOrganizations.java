package fr.gouv.hubee.application.referential;

import fr.gouv.hubee.application.NotFoundException;
import fr.gouv.hubee.application.api.ApiRoles;
import fr.gouv.hubee.application.api.CurrentApiCaller;
import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.organization.OrganizationStatus;
import fr.gouv.hubee.domain.model.organization.OrganizationType;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.domain.rules.Siret;
import fr.gouv.hubee.infrastructure.persistence.OrganizationRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * /referential/v1/organizations (scope ADMIN): DataPass and the operators' onboarding tooling
 * create and read the organisations the portal and the exchanges use — the same entities. An
 * organisation is named by its identifier {@code SI-{companyRegister}-{branchCode}}.
 */
@Stateless
@RolesAllowed({ApiRoles.OSL, ApiRoles.SI, ApiRoles.DATAPASS, ApiRoles.ADMIN})
public class ReferentialOrganizations {

    /** The contract's path identifier: {@code ^\w{1,20}-[0-9]{14}-\w{1,10}$}. */
    private static final Pattern IDENTIFIER = Pattern.compile("^(\\w{1,20})-([0-9]{14})-(\\w{1,10})$");
    private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("code", "o.code"),
            Map.entry("type", "o.type"), Map.entry("name", "o.name"), Map.entry("company_register", "o.siret"),
            Map.entry("branche_code", "o.branchCode"), Map.entry("branch_code", "o.branchCode"),
            Map.entry("country", "o.country"), Map.entry("postal_code", "o.postalCode"),
            Map.entry("territory", "o.territory"), Map.entry("email", "o.email"),
            Map.entry("phone_number", "o.phoneNumber"), Map.entry("status", "o.status"),
            Map.entry("create_date_time", "o.createdAt"));

    @Inject
    CurrentApiCaller callers;

    @Inject
    OrganizationRepository organizations;

    @Inject
    Clock clock;

    /** GET: filtered by type and SIRET, ordered, paged and counted in the database. */
    @RolesAllowed({ApiRoles.ADMIN})
    public ReferentialPage<OrganizationData> list(String type, String companyRegister, String orderBy,
                                                  int offset, int maxResult) {
        ReferentialOrder order = ReferentialOrder.parse(orderBy, COLUMNS, "o.createdAt");
        OrganizationRepository.Search search = new OrganizationRepository.Search(type(type),
                companyRegister == null || companyRegister.isBlank() ? null : companyRegister.strip(), order.path(),
                order.descending(), Math.max(0, offset), ReferentialPage.size(maxResult));
        return new ReferentialPage<>(organizations.search(search).stream().map(ReferentialOrganizations::data).toList(),
                search.offset(), organizations.count(search));
    }

    @RolesAllowed({ApiRoles.ADMIN})
    public OrganizationData get(String identifier) {
        return data(find(identifier));
    }

    /** POST: a new organisation; its SIRET must pass its check digit, its identifier be free. */
    @RolesAllowed({ApiRoles.ADMIN})
    public OrganizationData create(OrganizationData request) {
        OrganizationType type = OrganizationType.valueOf(request.type());
        if (!Siret.isValid(request.companyRegister())) {
            throw BusinessRuleException.invalid("#/companyRegister: " + request.companyRegister()
                    + " is not a valid SIRET (check digit)");
        }
        String branchCode = request.branchCode().strip();
        if (organizations.findByIdentifier(type, request.companyRegister(), branchCode).isPresent()) {
            throw BusinessRuleException.invalid("Organization already exists: " + request.identifier());
        }
        Organization organization = new Organization(type, request.companyRegister(), branchCode, request.name().strip());
        organization.recordCreation(clock.instant());
        describe(organization, request);
        organizations.add(organization);
        return data(organization);
    }

    /** PUT: name, code, address, contact and status; the identifier is the path's and does not change. */
    @RolesAllowed({ApiRoles.ADMIN})
    public OrganizationData update(String identifier, OrganizationData request) {
        Organization organization = find(identifier);
        if (!request.identifier().equals(organization.identifier())) {
            throw BusinessRuleException.invalid("type, companyRegister and branchCode identify the organization: "
                    + "they must be those of " + organization.identifier());
        }
        organization.rename(request.name().strip());
        describe(organization, request);
        organization.touch(clock.instant());
        return data(organization);
    }

    private static void describe(Organization organization, OrganizationData request) {
        organization.setCode(blankToNull(request.code()));
        organization.locate(blankToNull(request.country()), request.postalCode(), request.territory());
        organization.contact(blankToNull(request.email()), blankToNull(request.phoneNumber()));
        organization.changeStatus(OrganizationStatus.valueOf(request.status()));
    }

    private Organization find(String identifier) {
        Matcher m = IDENTIFIER.matcher(identifier == null ? "" : identifier);
        if (!m.matches()) {
            throw BusinessRuleException.invalid("Bad Request : Validation failed.\n[ERROR][REQUEST][/organizations/"
                    + identifier + " @path.id] ECMA 262 regex \"^\\w{1,20}-[0-9]{14}-\\w{1,10}$\" does not match input string");
        }
        return organizations.findByIdentifier(type(m.group(1)), m.group(2), m.group(3))
                .orElseThrow(() -> new NotFoundException("organization", "Organization is not found"));
    }

    /** A type filter or path part: SI, OSL or ADMIN (any case); otherwise nothing matches. */
    private static OrganizationType type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OrganizationType.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("organization", "Organization is not found");
        }
    }

    static OrganizationData data(Organization o) {
        return new OrganizationData(o.getType().name(), o.getSiret(), o.getBranchCode(), o.getName(), o.getCode(),
                o.getCountry(), o.getPostalCode(), o.getTerritory(), o.getEmail(), o.getPhoneNumber(),
                o.getStatus().name(), o.getCreatedAt(), o.getUpdatedAt());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
