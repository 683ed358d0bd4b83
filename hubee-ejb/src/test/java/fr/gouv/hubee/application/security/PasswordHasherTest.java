package fr.gouv.hubee.application.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void verifiesTheRightPasswordOnlyAndSaltsEachHash() {
        String first = PasswordHasher.hash("Motdepasse1!".toCharArray());
        String second = PasswordHasher.hash("Motdepasse1!".toCharArray());
        assertNotEquals(first, second, "random salt");
        assertTrue(first.startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$"));
        assertFalse(first.contains("Motdepasse1!"));
        assertTrue(PasswordHasher.verify("Motdepasse1!".toCharArray(), first));
        assertFalse(PasswordHasher.verify("motdepasse1!".toCharArray(), first));
        assertFalse(PasswordHasher.verify("Motdepasse1!".toCharArray(), null));
        assertFalse(PasswordHasher.verify("Motdepasse1!".toCharArray(), "md5$abc"));
        assertFalse(PasswordHasher.verify("Motdepasse1!".toCharArray(), "pbkdf2-sha256$x$y$z"));
    }

    @Test
    void iterationCountIsAtLeastTheIssueMinimum() {
        assertTrue(PasswordHasher.ITERATIONS >= 210_000);
    }
}
