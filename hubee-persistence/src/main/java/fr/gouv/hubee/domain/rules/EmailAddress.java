package fr.gouv.hubee.domain.rules;

import java.util.regex.Pattern;

/** The plausibility check of an address typed in a form: one @, a dotted domain, no spaces. */
public final class EmailAddress {

    private static final Pattern FORMAT = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EmailAddress() {
    }

    public static boolean isValid(String email) {
        return email != null && email.length() <= 320 && FORMAT.matcher(email.strip()).matches();
    }
}
