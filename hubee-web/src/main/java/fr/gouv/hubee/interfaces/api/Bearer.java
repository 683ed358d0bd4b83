package fr.gouv.hubee.interfaces.api;

/** The token of an {@code Authorization: Bearer …} header; the EJBs check it. */
final class Bearer {

    private Bearer() {
    }

    static String of(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).strip();
    }
}
