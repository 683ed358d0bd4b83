package fr.gouv.hubee.domain.rules;

import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.dossier.FolderStatus;
import fr.gouv.hubee.domain.model.dossier.Side;
import fr.gouv.hubee.domain.model.event.EventActionType;
import fr.gouv.hubee.domain.model.event.EventStatus;
import java.util.Optional;

/**
 * What the API refuses in status changes (contract README, « Lifecycle » and « What the clients in
 * the field rely on »). Deliberately not a state machine: a case status is checked against the
 * contract's values, not against who sends it — the partners' test kit has the operator set
 * SI_RECEIVED, IN_PROGRESS and DONE — save the README's two rules: closing (CLOSED) and reopening
 * (HUBEE_NOTIFIED) are the operator's. A case changes no status while its folder is not completed.
 * Answers are the contract's English messages, or empty when allowed.
 */
public final class ApiStatusRules {

    /** The one answer to any status change of a folder not completed, or of its cases. */
    public static final String FOLDER_NOT_COMPLETED =
            "The folder is HUBEE_RECEIVED: only HUBEE_COMPLETED can be set until it is completed";

    private ApiStatusRules() {
    }

    /**
     * A case status set by PATCH /cases/{id} or by a STATUS_UPDATE event's caseNewStatus, on a case
     * whose folder is {@code folderStatus}.
     */
    public static Optional<String> refuseCaseStatus(Side side, FolderStatus folderStatus, CaseStatus target) {
        if (folderStatus == FolderStatus.HUBEE_RECEIVED) {
            return Optional.of(FOLDER_NOT_COMPLETED);
        }
        if (target == CaseStatus.HUBEE_RECEIVED) {
            return Optional.of("Status HUBEE_RECEIVED is set by the hub only");
        }
        if (side == Side.RECIPIENT && target == CaseStatus.CLOSED) {
            return Optional.of("Status CLOSED is set by the operator only");
        }
        if (side == Side.RECIPIENT && target == CaseStatus.HUBEE_NOTIFIED) {
            return Optional.of("Status HUBEE_NOTIFIED (reopening) is set by the operator only");
        }
        return Optional.empty();
    }

    /** PATCH /folders/{id}: completion once, from HUBEE_RECEIVED; then any later global status. */
    public static Optional<String> refuseFolderStatus(FolderStatus current, FolderStatus target,
                                                      boolean allAttachmentsReceived) {
        if (current == FolderStatus.HUBEE_RECEIVED) {
            if (target != FolderStatus.HUBEE_COMPLETED) {
                return Optional.of(FOLDER_NOT_COMPLETED);
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
