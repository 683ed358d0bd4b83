package fr.gouv.hubee.application.exchange;

/** What an upload ended in: 204, or the contract's error status and message (the attachment is then REJECTED). */
public record UploadOutcome(int status, String message) {

    static final UploadOutcome OK = new UploadOutcome(204, null);

    public boolean ok() {
        return status == 204;
    }
}
