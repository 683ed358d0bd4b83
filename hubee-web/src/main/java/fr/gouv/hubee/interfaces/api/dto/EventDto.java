package fr.gouv.hubee.interfaces.api.dto;

import fr.gouv.hubee.application.exchange.NewEvent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The contract's Event as a client creates it (read-only fields are ignored). */
public class EventDto {

    @NotNull
    @Size(max = 100)
    public String actionType;
    @Size(max = 1000)
    public String message;
    @Size(max = 1000)
    public String comment;
    @Size(max = 255)
    public String author;
    public Boolean notification;
    @Size(max = 15)
    public String caseCurrentStatus;
    @Size(max = 15)
    public String caseNewStatus;
    @Size(max = 1024)
    public String partnerAttributes;
    @Size(max = FolderDto.MAX_ATTACHMENTS, message = "at most " + FolderDto.MAX_ATTACHMENTS + " attachments per event")
    public List<FolderDto.@NotNull @Valid AttachmentDto> attachments;

    public NewEvent toNewEvent() {
        return new NewEvent(actionType, message, comment, author, notification, caseNewStatus, partnerAttributes,
                attachments == null ? List.of() : attachments.stream().map(FolderDto.AttachmentDto::toAttachment).toList());
    }
}
