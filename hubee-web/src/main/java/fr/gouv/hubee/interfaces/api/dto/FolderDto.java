package fr.gouv.hubee.interfaces.api.dto;

import fr.gouv.hubee.application.exchange.NewFolder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The contract's Folder as an operator sends it (read-only fields are ignored). Lengths are the
 * contract's and the columns'; at most {@value #MAX_CASES} cases and {@value #MAX_ATTACHMENTS}
 * attachments; a file name is a name, not a path: clients write files to disk under it.
 */
public class FolderDto {

    public static final int MAX_CASES = 100;
    public static final int MAX_ATTACHMENTS = 100;
    /** No path separator, no control character, not « . » nor « .. ». */
    static final String FILE_NAME = "^(?!\\.{1,2}$)[^/\\\\\\p{Cntrl}\\p{Cf}]+$";

    @NotNull
    @Size(max = 30)
    public String processCode;
    @NotNull
    @Size(min = 1, max = 30)
    public String externalId;
    @NotNull
    @Valid
    public ApplicantDto applicant;
    @NotEmpty
    @Size(max = MAX_CASES, message = "at most " + MAX_CASES + " cases per folder")
    public List<@NotNull @Valid CaseDto> cases;
    @NotNull
    @Size(max = MAX_ATTACHMENTS, message = "at most " + MAX_ATTACHMENTS + " attachments per folder")
    public List<@NotNull @Valid AttachmentDto> attachments;

    public static class ApplicantDto {
        @NotNull
        @Size(max = 255)
        public String firstName;
        @NotNull
        @Size(min = 1, max = 255)
        public String lastName;
        @Email(message = "String is not a valid email value")
        @Size(max = 320)
        public String email;
    }

    public static class CaseDto {
        @NotNull
        @Valid
        public OrganizationIdentifierDto recipient;
        @NotNull
        @Size(min = 1, max = 100)
        public String externalId;
        @Size(max = 1024)
        public String partnerAttributes;
    }

    public static class AttachmentDto {
        @NotNull
        @Size(min = 1, max = 255)
        @Pattern(regexp = FILE_NAME, message = "must be a file name: no slash, backslash, control or formatting character, not . or ..")
        public String fileName;
        @NotNull
        @Size(max = 100)
        public String type;
        @NotNull
        @PositiveOrZero
        public Long size;
        @NotNull
        @Size(max = 255)
        public String mimeType;
        /** Folder attachments: the external ids of the cases that receive it. */
        public List<@NotNull String> recipients;

        NewFolder.NewAttachment toAttachment() {
            return new NewFolder.NewAttachment(fileName, type, size, mimeType, recipients == null ? List.of() : recipients);
        }
    }

    public NewFolder toNewFolder() {
        return new NewFolder(processCode, externalId,
                new NewFolder.Person(applicant.firstName, applicant.lastName, applicant.email),
                cases.stream().map(c -> new NewFolder.NewCase(c.recipient.type, c.recipient.companyRegister,
                        c.recipient.branchCode, c.externalId, c.partnerAttributes)).toList(),
                attachments.stream().map(AttachmentDto::toAttachment).toList());
    }
}
