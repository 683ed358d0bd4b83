package fr.gouv.hubee.interfaces.web.dossiers;

import fr.gouv.hubee.application.dossier.HistoryEntry;
import fr.gouv.hubee.infrastructure.time.ClockProducer;
import fr.gouv.hubee.interfaces.web.security.Messages;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The history section (guide §4.3.1): every event, most recent first, grouped by month, each
 * with its date, author and what was done, in the portal's words.
 */
public final class HistoryMonths {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE dd/MM 'à' HH:mm", Locale.FRENCH);

    public record Line(String when, String text) implements Serializable {
    }

    public record Month(String label, List<Line> lines) implements Serializable {
    }

    private HistoryMonths() {
    }

    static List<Month> of(List<HistoryEntry> entries) {
        Map<YearMonth, List<Line>> months = new LinkedHashMap<>();
        entries.stream()
                .sorted((a, b) -> b.at().compareTo(a.at()))
                .forEach(e -> {
                    ZonedDateTime at = e.at().atZone(ClockProducer.ZONE);
                    months.computeIfAbsent(YearMonth.from(at), m -> new ArrayList<>())
                            .add(new Line(capitalize(DAY.format(at)), text(e)));
                });
        List<Month> result = new ArrayList<>();
        months.forEach((month, lines) -> result.add(new Month(capitalize(MONTH.format(month)), lines)));
        return result;
    }

    static String text(HistoryEntry e) {
        if (e.action() == null) {
            return Messages.text("history.received");
        }
        String author = author(e);
        return switch (e.action()) {
            case STATUS_UPDATE -> Messages.text("history.status", author,
                    Messages.text("status." + e.from().portalStatus()), Messages.text("status." + e.to().portalStatus()))
                    + (e.text() == null ? "" : " " + Messages.text("history.withComment", e.text()));
            case ATTACH_DL -> Messages.text("history.download", author, e.attachmentName());
            case ATTACH_DL_ALL -> Messages.text("history.downloadAll", author);
            case COM_ADD -> Messages.text("history.comment", author, e.text());
            case SENDING_MESSAGE -> Messages.text(e.operator() == null ? "history.message" : "history.operatorMessage",
                    author, e.text());
            case ATTACH_DEPOSIT -> Messages.text("history.deposit", author);
        };
    }

    /**
     * An agent by name; the operator by its own name, with what its software declared as author
     * beside it (« DILA (déclaré : Jean Dupont) »): never like an agent of the town hall.
     */
    private static String author(HistoryEntry e) {
        if (e.operator() != null) {
            return e.author() == null || e.author().isBlank() ? e.operator()
                    : Messages.text("history.operatorAuthor", e.operator(), e.author());
        }
        return e.author() == null ? Messages.text("history.someone") : e.author();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
