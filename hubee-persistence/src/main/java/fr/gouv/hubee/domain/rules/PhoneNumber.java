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

    /**
     * A number as DataPass sends it ({@code 0146421234}, {@code 0033146421234}, {@code +33146421234})
     * in the portal's form, or empty when it is not a French number.
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
