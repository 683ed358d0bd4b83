package fr.gouv.hubee.domain.rules;

import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.dossier.FolderStatus;
import fr.gouv.hubee.domain.model.event.EventActionType;
import fr.gouv.hubee.domain.model.event.EventStatus;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may set which status through the API (contract README, « Lifecycle »). Deliberately not a
 * state machine: existing clients skip intermediate statuses, so only the side is checked — the
 * operator closes and reopens, the service instructeur instructs. Answers are the contract's
 * English messages, or empty when allowed.
 */
public final class ApiStatusRules {

    /** Which side of a case an API caller stands on. */
    public enum Side { OPERATOR, RECIPIENT, ADMIN }

    private static final Set<CaseStatus> OPERATOR_STATUSES =
            EnumSet.of(CaseStatus.HUBEE_NOTIFIED, CaseStatus.SENT, CaseStatus.CLOSED);
    private static final Set<CaseStatus> RECIPIENT_STATUSES = EnumSet.of(CaseStatus.SI_RECEIVED,
            CaseStatus.SI_INTG_ERROR, CaseStatus.IN_PROGRESS, CaseStatus.ADD_AWAITING, CaseStatus.REFUSED,
            CaseStatus.DONE);

    private ApiStatusRules() {
    }

    /** A case status set by PATCH /cases/{id} or by a STATUS_UPDATE event's caseNewStatus. */
    public static Optional<String> refuseCaseStatus(Side side, CaseStatus target) {
        if (target == CaseStatus.HUBEE_RECEIVED) {
            return Optional.of("Status HUBEE_RECEIVED is set by the hub only");
        }
        return switch (side) {
            case ADMIN -> Optional.empty();
            case OPERATOR -> OPERATOR_STATUSES.contains(target) ? Optional.empty()
                    : Optional.of("Status " + target + " is set by the recipient only");
            case RECIPIENT -> RECIPIENT_STATUSES.contains(target) ? Optional.empty()
                    : Optional.of("Status " + target + " is set by the operator only");
        };
    }

    /** PATCH /folders/{id}: completion once, from HUBEE_RECEIVED; then any later global status. */
    public static Optional<String> refuseFolderStatus(FolderStatus current, FolderStatus target,
                                                      boolean allAttachmentsReceived) {
        if (current == FolderStatus.HUBEE_RECEIVED) {
            if (target != FolderStatus.HUBEE_COMPLETED) {
                return Optional.of("A folder in HUBEE_RECEIVED can only be set to HUBEE_COMPLETED");
            }
            return allAttachmentsReceived ? Optional.empty()
                    : Optional.of("Every attachment must be uploaded before the folder is completed");
        }
        if (target == FolderStatus.HUBEE_RECEIVED || target == FolderStatus.HUBEE_COMPLETED) {
            return Optional.of("The folder is already completed");
        }
        return Optional.empty();
    }

    /**
     * PATCH /cases/{id}/events/{id}: the transmitter sends its deposit once every file arrived
     * (IN_PROGRESS → SENT); the other side acknowledges a sent event (→ RECEIVED).
     */
    public static Optional<String> refuseEventStatus(boolean byTransmitter, EventActionType type, EventStatus current,
                                                     EventStatus target, boolean allAttachmentsReceived) {
        if (target == EventStatus.SENT) {
            if (!byTransmitter) {
                return Optional.of("Only the transmitter of an event can send it");
            }
            if (current != EventStatus.IN_PROGRESS || type != EventActionType.ATTACH_DEPOSIT) {
                return Optional.of("Only an ATTACH_DEPOSIT event in IN_PROGRESS can be set to SENT");
            }
            return allAttachmentsReceived ? Optional.empty()
                    : Optional.of("Every attachment must be uploaded before the event is sent");
        }
        if (target == EventStatus.RECEIVED) {
            if (byTransmitter) {
                return Optional.of("Only the recipient of an event can set it to RECEIVED");
            }
            return current == EventStatus.IN_PROGRESS ? Optional.of("The event is not sent yet") : Optional.empty();
        }
        return Optional.of("status must be SENT or RECEIVED");
    }
}
