package fr.gouv.hubee.domain.model.subscription;

import java.util.Locale;
import java.util.Optional;

/** Notification mails of a subscription: none, one per dossier, one or two digests a day. */
public enum NotificationFrequency {
    NONE("aucune"), UNIT("unitaire"), DAILY("quotidienne"), TWICE_DAILY("biquotidienne");

    private final String apiLabel;

    NotificationFrequency(String apiLabel) {
        this.apiLabel = apiLabel;
    }

    /** The contract's value (« unitaire »). */
    public String apiLabel() {
        return apiLabel;
    }

    /** Reads the contract's French value or the constant's name, in any case. */
    public static Optional<NotificationFrequency> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(NONE);
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (NotificationFrequency f : values()) {
            if (f.apiLabel.equals(v) || f.name().toLowerCase(Locale.ROOT).equals(v)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
