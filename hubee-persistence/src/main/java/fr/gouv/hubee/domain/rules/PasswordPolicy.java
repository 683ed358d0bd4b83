package fr.gouv.hubee.domain.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Password rules (guide §3.3, issue #3): at least 8 characters with a digit, an upper-case letter
 * and a special character — the guide's {@code !@#$%&*()} or any other punctuation or symbol —,
 * typed twice, different from the current password and from the login email. At most 128
 * characters (hashing cost). Returns message keys of the resource bundle.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static List<String> violations(String password, String confirmation, String email, boolean sameAsCurrent) {
        List<String> violations = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            violations.add("password.required");
            return violations;
        }
        if (password.length() < MIN_LENGTH) {
            violations.add("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            violations.add("password.tooLong");
        }
        if (password.chars().noneMatch(Character::isDigit)) {
            violations.add("password.digit");
        }
        if (password.chars().noneMatch(Character::isUpperCase)) {
            violations.add("password.uppercase");
        }
        if (password.chars().noneMatch(PasswordPolicy::isSpecial)) {
            violations.add("password.special");
        }
        if (email != null && password.toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT))) {
            violations.add("password.email");
        }
        if (sameAsCurrent) {
            violations.add("password.current");
        }
        if (!password.equals(confirmation)) {
            violations.add("password.confirmation");
        }
        return violations;
    }

    /** Neither letter, digit nor white space: {@code !@#$%&*()} and every other sign. */
    static boolean isSpecial(int c) {
        return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !Character.isISOControl(c);
    }
}
