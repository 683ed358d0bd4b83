package fr.gouv.hubee.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String EMAIL = "Lucas.Petit@mairie-clamart.test";

    private static List<String> check(String password) {
        return PasswordPolicy.violations(password, password, EMAIL, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Motdepasse1!", "Abcdefg1@", "Z9(aaaaa", "Ab1&cdef", "Été-2026x", "Ab1.cdefgh", "Ab1 _cdefg"})
    void goodPasswordsPass(String password) {
        assertEquals(List.of(), check(password));
    }

    @Test
    void eachMissingRuleIsNamed() {
        assertEquals(List.of("password.tooShort"), check("Ab1!cde"));
        assertEquals(List.of("password.digit"), check("Abcdefgh!"));
        assertEquals(List.of("password.uppercase"), check("abcdefg1!"));
        assertEquals(List.of("password.special"), check("Abcdefg12"));
        assertEquals(List.of("password.tooShort", "password.digit", "password.uppercase", "password.special"), check("abc"));
        assertEquals(List.of("password.required"), check(""));
        assertEquals(List.of("password.required"), PasswordPolicy.violations(null, null, EMAIL, false));
        assertEquals(List.of("password.tooLong"), check("Aa1!" + "x".repeat(125)));
    }

    @Test
    void everyCharacterOfTheGuideCountsAsSpecial() {
        for (char c : "!@#$%&*()".toCharArray()) {
            assertEquals(List.of(), check("Abcdefg1" + c), "special " + c);
        }
    }

    @Test
    void confirmationCurrentPasswordAndEmailAreChecked() {
        assertEquals(List.of("password.confirmation"), PasswordPolicy.violations("Motdepasse1!", "Motdepasse1?", EMAIL, false));
        assertEquals(List.of("password.current"), PasswordPolicy.violations("Motdepasse1!", "Motdepasse1!", EMAIL, true));
        List<String> email = PasswordPolicy.violations("LUCAS.PETIT@mairie-clamart.example1", "LUCAS.PETIT@mairie-clamart.example1",
                "lucas.petit@mairie-clamart.example1", false);
        assertTrue(email.contains("password.email"), email.toString());
    }
}
