package fr.gouv.hubee.application.referential;

import java.util.List;

/** One page of a referential list and the total, for the {@code Content-Range} header. */
public record ReferentialPage<T>(List<T> items, int offset, long total) {

    public static final int DEFAULT_MAX = 25;
    public static final int LIMIT = 1000;

    /** The asked page size, within 1 and {@value #LIMIT}. */
    public static int size(int maxResult) {
        return Math.max(1, Math.min(maxResult, LIMIT));
    }
}
