package fr.gouv.hubee.domain.rules;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a file's content is what its sender declared: the type detected from its first bytes
 * (and its name) must be the declared one, save the text family — a CSV or a JSON file reads as
 * plain text, XML as either XML type. An HTML page declared as a PDF is refused: a town hall opens
 * what citizens send.
 */
public final class ContentTypes {

    private static final Set<String> XML = Set.of("application/xml", "text/xml");

    private ContentTypes() {
    }

    public static boolean matches(String declared, String detected) {
        String expected = base(declared);
        String found = base(detected);
        if (expected.isEmpty() || found.isEmpty()) {
            return false;
        }
        if (expected.equals(found) || XML.contains(expected) && XML.contains(found)) {
            return true;
        }
        boolean textual = expected.startsWith("text/") || expected.endsWith("+xml") || expected.endsWith("json")
                || XML.contains(expected);
        return textual && (found.equals("text/plain") || XML.contains(found));
    }

    private static String base(String type) {
        if (type == null) {
            return "";
        }
        int parameters = type.indexOf(';');
        return (parameters < 0 ? type : type.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }
}
