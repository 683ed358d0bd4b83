package fr.gouv.hubee.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"+33110101010", "+33612345678", "+33987654321"})
    void guideFormatIsAccepted(String phone) {
        assertTrue(PhoneNumber.isValid(phone));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0110101010", "+330110101010", "+33 1 10 10 10 10", "+33.110101010", "+3311010101",
        "+331101010100", "+44110101010", "33110101010", "+33abcdefghi"})
    void otherFormsAreRefused(String phone) {
        assertFalse(PhoneNumber.isValid(phone));
    }

    @Test
    void atLeastOneOfTheTwoNumbersAndBothFrench() {
        assertTrue(PhoneNumber.isValidPair("+33110101010", null));
        assertTrue(PhoneNumber.isValidPair(" ", "+33612345678"));
        assertTrue(PhoneNumber.isValidPair("+33110101010", "06 12 34 56 78"), "written as people write it");
        assertTrue(PhoneNumber.isValidPair("01.10.10.10.10", null));
        assertFalse(PhoneNumber.isValidPair(null, ""));
        assertFalse(PhoneNumber.isValidPair("01 46 42", null));
        assertFalse(PhoneNumber.isValidPair("+33110101010", "+44 20 7123 4567"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01 46 61 67 03", "01.46.61.67.03", "0146616703", "+33 1 46 61 67 03", "+33146616703",
        "0033 1 46 61 67 03", "01-46-61-67-03"})
    void theUsualWritingsOfANumberAreStoredInOneForm(String typed) {
        assertEquals(java.util.Optional.of("+33146616703"), PhoneNumber.normalize(typed));
    }

    @Test
    void dataPassNumbersAreBroughtToThePortalForm() {
        assertEquals(java.util.Optional.of("+33146421234"), PhoneNumber.normalize("0146421234"));
        assertEquals(java.util.Optional.of("+33658475847"), PhoneNumber.normalize("00658475847"));
        assertEquals(java.util.Optional.of("+33658475847"), PhoneNumber.normalize("0033658475847"));
        assertEquals(java.util.Optional.of("+33658475847"), PhoneNumber.normalize("+33 6 58 47 58 47"));
        assertEquals(java.util.Optional.empty(), PhoneNumber.normalize("+4420712345678"));
        assertEquals(java.util.Optional.empty(), PhoneNumber.normalize("01464212"));
        assertEquals(java.util.Optional.empty(), PhoneNumber.normalize(null));
    }
}
