package fr.gouv.hubee.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTest {

    @ParameterizedTest
    @ValueSource(strings = {"21920023500014", "21830137200015", "13002526500013", "13000918600011", "11000101300017",
        "35600000000048", "35600000049837"})
    void realSiretsAreValid(String siret) {
        assertTrue(Siret.isValid(siret));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"21920023500015", "2192002350001", "219200235000140", "2192002350001A", "219 200 235 00014",
        "35600000049838"})
    void wrongLengthCharactersOrChecksumAreRefused(String siret) {
        assertFalse(Siret.isValid(siret));
    }

    @Test
    void everySingleDigitChangeIsDetected() {
        String valid = "21920023500014";
        for (int i = 0; i < valid.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != valid.charAt(i)) {
                    String changed = valid.substring(0, i) + d + valid.substring(i + 1);
                    assertFalse(Siret.isValid(changed), changed);
                }
            }
        }
    }

    @Test
    void checkDigitCompletesThirteenDigits() {
        assertEquals('4', Siret.checkDigit("2192002350001"));
        assertEquals('5', Siret.checkDigit("4823456780001"));
        assertTrue(Siret.isValid("482345678000" + "1" + Siret.checkDigit("4823456780001")));
        assertThrows(IllegalArgumentException.class, () -> Siret.checkDigit("123"));
    }
}
