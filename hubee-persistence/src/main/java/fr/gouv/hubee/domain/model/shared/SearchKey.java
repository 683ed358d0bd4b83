package fr.gouv.hubee.domain.model.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The accent- and case-free form of a text, stored beside names and numbers so that searches
 * ("Hélène" found by "helene") are plain indexed comparisons on both databases.
 */
public final class SearchKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchKey() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("")
                .replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
                .toLowerCase(Locale.ROOT);
    }
}
