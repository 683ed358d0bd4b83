package fr.gouv.hubee.application.dossier;

import fr.gouv.hubee.domain.model.dossier.Event;
import fr.gouv.hubee.domain.model.dossier.PartnerInfo;

/**
 * What an event says besides its type: whether the writer asks to tell the other side, a message,
 * a comment, and the API partner's own attributes. The portal's events always notify (the
 * aggregate keeps internal comments to the recipient).
 */
public record EventContent(boolean notification, String message, String comment, String partnerAttributes,
                           PartnerInfo partnerInfo) {

    public static EventContent none() {
        return new EventContent(true, null, null, null, null);
    }

    /** A message to the other side (blank: none). */
    public static EventContent message(String text) {
        return new EventContent(true, text == null || text.isBlank() ? null : text.strip(), null, null, null);
    }

    /** The recipient's internal comment. */
    public static EventContent comment(String text) {
        return new EventContent(true, null, text, null, null);
    }

    void describe(Event event) {
        event.setMessage(message);
        event.setComment(comment);
        event.setPartnerAttributes(partnerAttributes);
        event.setPartnerInfo(partnerInfo);
    }
}
