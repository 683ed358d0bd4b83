package fr.gouv.hubee.interfaces.web.shell;

/**
 * Where one page stands in a list paged in the database: its « 11 - 20 / 45 » and whether a page
 * comes before or after it. One arithmetic for every paged list of the portal.
 */
public record PageWindow(int page, int size, long total) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public String range() {
        long first = total == 0 ? 0 : (long) page * size + 1;
        return first + " - " + Math.min(total, (long) (page + 1) * size) + " / " + total;
    }
}
