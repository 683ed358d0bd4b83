package fr.gouv.hubee.application.referential;

import fr.gouv.hubee.application.exchange.OrganizationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * The contract's Process (api_process_v1.2.1), both as sent and as answered: exactly its
 * properties. {@code creationDateTime} and {@code updateDateTime} are read-only.
 */
public record ProcessData(
        @NotBlank @Size(max = 30) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, - and _ only")
        String code,
        @NotBlank @Size(max = 100) String name,
        @Size(max = 1000) String description,
        @NotNull Boolean isActivated,
        @NotNull @Valid OrganizationId osl,
        @NotEmpty List<@NotBlank @Size(max = 255) String> attachmentFormatsEnabled,
        List<@NotBlank @Size(max = 255) String> siAttachmentFormatsEnabled,
        @NotEmpty List<@NotBlank @Size(max = 100) String> attachmentTypesEnabled,
        @NotNull @Positive Long attachmentMaxSizeEnabled,
        @NotBlank @Size(max = 15) String statusBeforeFileDeletion,
        @NotNull @PositiveOrZero Integer timeBeforeFileDeletion,
        @NotNull @PositiveOrZero Integer timeBeforeArchiving,
        @NotNull @PositiveOrZero Integer timeBeforeFolderDeletion,
        @NotNull Boolean messageToTransmitter,
        @NotNull @Pattern(regexp = "Auto|Manual", message = "must be Auto or Manual") String subscriptionValidation,
        Instant creationDateTime,
        Instant updateDateTime,
        @Size(max = 1000) String legalJustification) {
}
