package fr.gouv.hubee.domain.rules;

import java.time.Duration;

/**
 * How often a person may be sent a login code or a reset link: one a minute and five an hour for
 * codes (each new code revokes the previous one, so resending cannot multiply the guesses), one
 * every five minutes and five a day for reset and activation links. Beyond, nothing is sent and
 * the answer stays the same (a reset request never says whether an account exists).
 */
public final class MailedSecretLimits {

    /** A limit: at most {@code perWindow} in {@code window}, and one per {@code spacing}. */
    public record Limit(Duration spacing, int perWindow, Duration window) {

        /** Whether one more may be sent, given how many were sent in the spacing and in the window. */
        public boolean allows(long sentInSpacing, long sentInWindow) {
            return sentInSpacing == 0 && sentInWindow < perWindow;
        }
    }

    public static final Limit LOGIN_CODE = new Limit(Duration.ofMinutes(1), 5, Duration.ofHours(1));
    public static final Limit PASSWORD_RESET = new Limit(Duration.ofMinutes(5), 5, Duration.ofDays(1));
    public static final Limit ACTIVATION = new Limit(Duration.ofMinutes(5), 5, Duration.ofDays(1));

    private MailedSecretLimits() {
    }
}
