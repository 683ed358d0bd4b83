package fr.gouv.hubee.interfaces.api.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** PUT /cases/migrate. */
public class MigrationDto {

    @NotNull
    @Valid
    public OrganizationIdentifierDto organizationSource;
    @NotNull
    @Valid
    public OrganizationIdentifierDto organizationTarget;
}
