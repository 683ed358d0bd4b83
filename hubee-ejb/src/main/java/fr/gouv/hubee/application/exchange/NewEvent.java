package fr.gouv.hubee.application.exchange;

import java.util.List;

/** POST /cases/{id}/events, once the web module checked its shape against the contract. */
public record NewEvent(String actionType, String message, String comment, String author, Boolean notification,
                       String caseNewStatus, String partnerAttributes, List<NewFolder.NewAttachment> attachments) {
}
