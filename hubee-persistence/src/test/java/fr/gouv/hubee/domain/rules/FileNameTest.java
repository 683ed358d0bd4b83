package fr.gouv.hubee.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileNameTest {

    @Test
    void namesAreNfcWithoutControlBidiOrPathCharacters() {
        assertEquals("acte-né.pdf", FileName.clean("acte-ne\u0301.pdf"), "NFC: one é");
        assertEquals("fdpexe.pdf", FileName.clean("fdp\u202Eexe.pdf"), "no right-to-left override");
        assertEquals("acte.pdf", FileName.clean("ac\u0000te\n.pdf"));
        assertEquals("_etc_passwd", FileName.clean("/etc/passwd"));
        assertEquals("__etc", FileName.clean("../etc"), "no climbing out");
        assertEquals("fichier", FileName.clean(".."));
        assertEquals("fichier", FileName.clean("  \u200B "));
        assertEquals("fichier", FileName.clean(null));
    }

    @Test
    void longNamesAreCutInTheNameToTwoHundredFiftyFiveBytesKeepingTheExtension() {
        String cleaned = FileName.clean("é".repeat(300) + ".pdf");
        assertTrue(cleaned.getBytes(StandardCharsets.UTF_8).length <= 255, cleaned.length() + " characters");
        assertTrue(cleaned.endsWith("é.pdf"), "whole characters, the extension kept");
        assertEquals("a".repeat(251) + ".pdf", FileName.clean("a".repeat(300) + ".pdf"));
        assertEquals("court.pdf", FileName.clean("court.pdf"));
    }
}
