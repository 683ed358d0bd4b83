package fr.gouv.hubee.interfaces.api.dto;

import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** Bodies of the PATCH calls: {@code {globalStatus, closeDateTime}} (folder) or {@code {status}} (case, event). */
public class StatusDto {

    @Size(max = 50)
    public String globalStatus;
    public OffsetDateTime closeDateTime;
    @Size(max = 50)
    public String status;
}
