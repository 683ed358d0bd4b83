package fr.gouv.hubee.interfaces.api.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code {type, companyRegister, branchCode}}: an organisation in the contract. */
public class OrganizationIdentifierDto {

    @NotNull
    @Size(max = 20)
    public String type;
    @NotNull
    @Pattern(regexp = "[0-9]{14}")
    public String companyRegister;
    @NotNull
    @Size(min = 1, max = 10)
    public String branchCode;

    public OrganizationIdentifierDto() {
    }

    public OrganizationIdentifierDto(String type, String companyRegister, String branchCode) {
        this.type = type;
        this.companyRegister = companyRegister;
        this.branchCode = branchCode;
    }
}
