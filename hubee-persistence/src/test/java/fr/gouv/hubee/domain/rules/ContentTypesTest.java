package fr.gouv.hubee.domain.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentTypesTest {

    @Test
    void theContentMustBeWhatWasDeclared() {
        assertTrue(ContentTypes.matches("application/pdf", "application/pdf"));
        assertTrue(ContentTypes.matches("Application/PDF; charset=binary", "application/pdf"));
        assertFalse(ContentTypes.matches("application/pdf", "text/html"), "an HTML page declared as a PDF");
        assertFalse(ContentTypes.matches("application/pdf", "application/octet-stream"), "unknown bytes are no PDF");
        assertFalse(ContentTypes.matches("image/png", "image/jpeg"));
        assertFalse(ContentTypes.matches(null, "application/pdf"));
    }

    @Test
    void textFilesReadAsPlainTextAndXmlAsEitherXmlType() {
        assertTrue(ContentTypes.matches("text/csv", "text/plain"));
        assertTrue(ContentTypes.matches("application/json", "text/plain"));
        assertTrue(ContentTypes.matches("application/xml", "text/xml"));
        assertTrue(ContentTypes.matches("text/xml", "application/xml"));
        assertTrue(ContentTypes.matches("application/xml", "text/plain"), "XML without declaration");
        assertFalse(ContentTypes.matches("text/plain", "text/html"), "HTML is not plain text");
        assertFalse(ContentTypes.matches("application/pdf", "text/plain"));
    }
}
