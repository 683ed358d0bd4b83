package fr.gouv.hubee.application.referential;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The contract's Organization (api_organization_v1.2.0), both as sent and as answered: exactly
 * its properties. {@code createDateTime} and {@code updateDateTime} are read-only.
 */
public record OrganizationData(
        @NotNull @Pattern(regexp = "SI|OSL|ADMIN", message = "must be SI, OSL or ADMIN") String type,
        @NotNull @Pattern(regexp = "[0-9]{14}", message = "must be 14 digits") String companyRegister,
        @NotBlank @Size(max = 10) String branchCode,
        @NotBlank @Size(max = 100) String name,
        @Size(max = 10) String code,
        @Size(max = 100) String country,
        @NotBlank @Size(max = 100) String postalCode,
        @NotBlank @Size(max = 255) String territory,
        @Size(max = 320) @Pattern(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "String is not a valid email value")
        String email,
        @Pattern(regexp = "^\\+[0-9]{10,20}$|^[0-9]{10,20}$", message = "must be 10 to 20 digits, + first allowed")
        String phoneNumber,
        @NotNull @Pattern(regexp = "Actif|Inactif", message = "must be Actif or Inactif") String status,
        Instant createDateTime,
        Instant updateDateTime) {

    /** Its text identifier, {@code SI-22770001000019-77372}. */
    public String identifier() {
        return type + "-" + companyRegister + "-" + branchCode;
    }
}
