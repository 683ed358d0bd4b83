package fr.gouv.hubee.application.dossier;

import fr.gouv.hubee.domain.model.dossier.Attachment;
import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.dossier.PortalStatus;
import fr.gouv.hubee.domain.model.event.Event;
import fr.gouv.hubee.domain.model.event.EventActionType;
import fr.gouv.hubee.domain.model.event.Notification;
import fr.gouv.hubee.domain.model.user.User;
import fr.gouv.hubee.infrastructure.persistence.DossierRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * What a portal action leaves behind: the event in the dossier's history and, when the operator
 * must know, its notification (guide: every portal action is an event; an internal comment is
 * never sent).
 */
@ApplicationScoped
class DossierEvents {

    @Inject
    DossierRepository dossiers;

    @Inject
    Clock clock;

    /** Moves the dossier to {@code target}, with an optional comment sent to the operator. */
    Event changeStatus(Dossier dossier, PortalStatus target, User author, String comment) {
        Instant now = clock.instant();
        CaseStatus from = dossier.getStatus();
        CaseStatus to = target.targetCaseStatus();
        dossier.changeStatus(to, author.displayName(), now);
        Event event = Event.statusUpdate(dossier, from, to, dossier.getRecipient());
        if (comment != null && !comment.isBlank()) {
            event.setMessage(comment.strip());
        }
        return record(event, author, now);
    }

    Event downloadedAll(Dossier dossier, User author) {
        return record(new Event(dossier, EventActionType.ATTACH_DL_ALL, dossier.getRecipient(), true), author, clock.instant());
    }

    Event downloaded(Dossier dossier, Attachment attachment, User author) {
        return record(Event.download(dossier, attachment, dossier.getRecipient()), author, clock.instant());
    }

    Event message(Dossier dossier, User author, String text) {
        Event event = new Event(dossier, EventActionType.SENDING_MESSAGE, dossier.getRecipient(), true);
        event.setMessage(text);
        Instant now = clock.instant();
        dossier.recordChange(author.displayName(), now);
        return record(event, author, now);
    }

    Event comment(Dossier dossier, User author, String text) {
        Event event = new Event(dossier, EventActionType.COM_ADD, dossier.getRecipient(), false);
        event.setComment(text);
        return record(event, author, clock.instant());
    }

    Event deposit(Dossier dossier, User author) {
        Event event = new Event(dossier, EventActionType.ATTACH_DEPOSIT, dossier.getRecipient(), true);
        Instant now = clock.instant();
        dossier.recordChange(author.displayName(), now);
        return record(event, author, now);
    }

    private Event record(Event event, User author, Instant now) {
        event.authoredBy(author);
        event.recordCreation(now);
        dossiers.add(event);
        if (event.isNotification()) {
            dossiers.add(Notification.ofEvent(event, event.getDossier().getFolder().getOperator(), now));
        }
        return event;
    }
}
