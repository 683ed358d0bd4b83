package fr.gouv.hubee.domain.rules;

/**
 * SIRET numbers: 14 digits (SIREN + NIC) whose Luhn sum is a multiple of 10, except La Poste's
 * establishments (SIREN 356000000), numbered so that their digit sum is a multiple of 5.
 */
public final class Siret {

    private static final String LA_POSTE_SIREN = "356000000";

    private Siret() {
    }

    public static boolean isValid(String siret) {
        if (siret == null || !siret.matches("\\d{14}")) {
            return false;
        }
        if (siret.startsWith(LA_POSTE_SIREN) && !siret.equals("35600000000048")) {
            return siret.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        return luhnSum(siret) % 10 == 0;
    }

    /** The digit that completes 13 digits into a valid SIRET (for test and demo data). */
    public static char checkDigit(String first13) {
        if (first13 == null || !first13.matches("\\d{13}")) {
            throw new IllegalArgumentException("13 digits expected");
        }
        int sum = luhnSum(first13 + "0");
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    private static int luhnSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum;
    }
}
