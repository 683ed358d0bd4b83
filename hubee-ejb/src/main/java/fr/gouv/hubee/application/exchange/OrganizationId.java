package fr.gouv.hubee.application.exchange;

import fr.gouv.hubee.domain.model.organization.Organization;

/** The contract's OrganizationIdentifier {type, companyRegister, branchCode}. */
public record OrganizationId(String type, String companyRegister, String branchCode) {

    public static OrganizationId of(Organization organization) {
        return new OrganizationId(organization.getType().name(), organization.getSiret(), organization.getBranchCode());
    }
}
