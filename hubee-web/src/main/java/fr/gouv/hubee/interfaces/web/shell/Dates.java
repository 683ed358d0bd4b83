package fr.gouv.hubee.interfaces.web.shell;

import fr.gouv.hubee.infrastructure.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Dates as the portal writes them, in French time (Faces 4.0 cannot convert an Instant). */
@Named
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yy 'à' HH:mm").withZone(ClockProducer.ZONE);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ClockProducer.ZONE);

    /** « 18/09/20 à 13:28 » */
    public String at(Instant instant) {
        return instant == null ? "" : SHORT.format(instant);
    }

    /** « 21/04/2021 17:30 » */
    public String full(Instant instant) {
        return instant == null ? "" : LONG.format(instant);
    }
}
