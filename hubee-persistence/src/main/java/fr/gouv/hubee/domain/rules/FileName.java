package fr.gouv.hubee.domain.rules;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A file name as HubEE keeps and serves it: Unicode NFC (« é » one character, as every system
 * displays it), without control or invisible formatting characters (a right-to-left override
 * would show « fdp.exe » as « exe.pdf »), without path separators or a bare « . » / « .. », and at
 * most {@value #MAX_BYTES} bytes of UTF-8 — cut in the name, not in its extension.
 */
public final class FileName {

    public static final int MAX_BYTES = 255;

    private static final String FALLBACK = "fichier";

    private FileName() {
    }

    public static String clean(String raw) {
        if (raw == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cc}\\p{Cf}]", "")
                .replace('/', '_').replace('\\', '_')
                .strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return FALLBACK;
        }
        return fit(name.replace("..", "_"));
    }

    private static String fit(String name) {
        if (bytes(name) <= MAX_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        String base = extension.isEmpty() ? name : name.substring(0, dot);
        while (bytes(base) + bytes(extension) > MAX_BYTES) {
            // Remove whole code points, so that no character is cut in half.
            base = base.substring(0, base.offsetByCodePoints(base.length(), -1));
        }
        return base + extension;
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
