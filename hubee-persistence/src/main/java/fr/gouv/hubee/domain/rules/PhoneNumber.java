package fr.gouv.hubee.domain.rules;

import java.util.regex.Pattern;

/**
 * Phone numbers as the portal stores them (guide §5.1.2): "+33" then the nine digits of the
 * number without its leading zero, no dots, no spaces: {@code +33110101010}. People type them as
 * they write them — {@code 01 46 61 67 03}, {@code 01.46.61.67.03}, {@code +33 1 46 61 67 03} —
 * and the portal stores the one form ({@link #normalize}).
 */
public final class PhoneNumber {

    private static final Pattern FORMAT = Pattern.compile("\\+33[1-9]\\d{8}");

    private PhoneNumber() {
    }

    public static boolean isValid(String phone) {
        return phone != null && FORMAT.matcher(phone).matches();
    }

    /** A typed number that reads as a French number (any usual writing of it). */
    public static boolean isAcceptable(String typed) {
        return normalize(typed).isPresent();
    }

    /** At least one of the two numbers is required, and each given one must be a French number. */
    public static boolean isValidPair(String main, String secondary) {
        boolean hasMain = main != null && !main.isBlank();
        boolean hasSecondary = secondary != null && !secondary.isBlank();
        return (hasMain || hasSecondary)
                && (!hasMain || isAcceptable(main))
                && (!hasSecondary || isAcceptable(secondary));
    }

    /**
     * A number as a person or DataPass writes it ({@code 01 46 42 12 34}, {@code 0146421234},
     * {@code 0033146421234}, {@code +33146421234}) in the portal's form, or empty when it is not a
     * French number.
     */
    public static java.util.Optional<String> normalize(String raw) {
        if (raw == null) {
            return java.util.Optional.empty();
        }
        String digits = raw.replaceAll("[\\s.\\-]", "");
        String national;
        if (digits.startsWith("+33")) {
            national = digits.substring(3);
        } else if (digits.startsWith("0033")) {
            national = digits.substring(4);
        } else if (digits.startsWith("0")) {
            national = digits.substring(1);
        } else {
            return java.util.Optional.empty();
        }
        String candidate = "+33" + (national.startsWith("0") ? national.substring(1) : national);
        return isValid(candidate) ? java.util.Optional.of(candidate) : java.util.Optional.empty();
    }
}
