package fr.gouv.hubee.application.exchange;

import java.util.List;

/** POST /folders, once the web module checked its shape against the contract. */
public record NewFolder(String processCode, String externalId, Person applicant, List<NewCase> cases,
                        List<NewAttachment> attachments) {

    public record Person(String firstName, String lastName, String email) {
    }

    public record NewCase(String recipientType, String companyRegister, String branchCode, String externalId,
                          String partnerAttributes) {

        String recipientText() {
            return recipientType + "-" + companyRegister + "-" + branchCode;
        }
    }

    /** {@code recipients}: external ids of the folder's cases (null for an event's deposit). */
    public record NewAttachment(String fileName, String type, long size, String mimeType, List<String> recipients) {
    }
}
