package fr.gouv.hubee.interfaces.web.shell;

import fr.gouv.hubee.application.audit.AuditFilter;
import fr.gouv.hubee.application.audit.AuditJournalService;
import fr.gouv.hubee.application.audit.AuditPage;
import fr.gouv.hubee.domain.model.audit.AuditType;
import fr.gouv.hubee.interfaces.web.security.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * « Journal d'audit » (journal-audit.xhtml): filters and page number live in the URL (a GET form),
 * so a filtered view can be reloaded, bookmarked or sent to a colleague; what the reader may see
 * is the service's decision.
 */
@Named
@RequestScoped
public class AuditJournalPage {

    public static final int PAGE_SIZE = 50;

    @Inject
    AuditJournalService journal;

    private String type;
    private String from;
    private String to;
    private int page;
    private AuditPage result;

    public AuditPage getResult() {
        if (result == null) {
            result = journal.search(new AuditFilter(parseType(), day(from, "du"), day(to, "au")), page * PAGE_SIZE, PAGE_SIZE);
        }
        return result;
    }

    private AuditType parseType() {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return AuditType.valueOf(type);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate day(String value, String which) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            Messages.error("audit.date.invalid", which, value);
            return null;
        }
    }

    public String getRange() {
        return window().range();
    }

    public boolean isHasPrevious() {
        return window().hasPrevious();
    }

    public boolean isHasNext() {
        return window().hasNext();
    }

    private PageWindow window() {
        return new PageWindow(page, PAGE_SIZE, getResult().total());
    }

    /** More than one type to choose from: the national administrator. */
    public boolean isTypeChoice() {
        return getResult().types().size() > 1;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    /** The page number as the URL gives it (from 1); anything else is the first page. */
    public String getPage() {
        return Integer.toString(page + 1);
    }

    public void setPage(String value) {
        try {
            page = Math.max(0, Integer.parseInt(value.strip()) - 1);
        } catch (NumberFormatException | NullPointerException e) {
            page = 0;
        }
    }

    public int getPreviousPage() {
        return page;
    }

    public int getNextPage() {
        return page + 2;
    }
}
