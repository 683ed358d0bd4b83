package fr.gouv.hubee.domain.rules;

import java.util.regex.Pattern;

/**
 * Phone numbers as the portal stores them (guide §5.1.2): "+33" then the nine digits of the
 * number without its leading zero, no dots, no spaces: {@code +33110101010}.
 */
public final class PhoneNumber {

    private static final Pattern FORMAT = Pattern.compile("\\+33[1-9]\\d{8}");

    private PhoneNumber() {
    }

    public static boolean isValid(String phone) {
        return phone != null && FORMAT.matcher(phone).matches();
    }

    /** At least one of the two numbers is required, and each given one must be valid. */
    public static boolean isValidPair(String main, String secondary) {
        boolean hasMain = main != null && !main.isBlank();
        boolean hasSecondary = secondary != null && !secondary.isBlank();
        return (hasMain || hasSecondary)
                && (!hasMain || isValid(main))
                && (!hasSecondary || isValid(secondary));
    }
}
