package fr.gouv.hubee.domain.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * When a job runs: every N minutes ({@code every 1m}) or at times of day in Paris
 * ({@code 08:00,14:00}), the form of the {@code hubee.jobs.*} settings.
 */
public final class DailySchedule {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final List<LocalTime> times;
    private final Duration every;

    private DailySchedule(List<LocalTime> times, Duration every) {
        this.times = times;
        this.every = every;
    }

    /** {@code "every 5m"} or a comma-separated list of {@code HH:mm}; anything else is refused. */
    public static DailySchedule parse(String text) {
        String value = text.strip();
        if (value.startsWith("every ")) {
            String amount = value.substring(6).strip();
            if (!amount.matches("\\d+m") || Integer.parseInt(amount.substring(0, amount.length() - 1)) < 1) {
                throw new IllegalArgumentException("schedule: " + text);
            }
            return new DailySchedule(List.of(), Duration.ofMinutes(Long.parseLong(amount.substring(0, amount.length() - 1))));
        }
        List<LocalTime> parsed = Arrays.stream(value.split(",")).map(String::strip).map(LocalTime::parse).sorted().toList();
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("schedule: " + text);
        }
        return new DailySchedule(parsed, null);
    }

    /** The first run strictly after {@code after}. */
    public Instant nextAfter(Instant after) {
        if (every != null) {
            long step = every.toMillis();
            return Instant.ofEpochMilli((after.toEpochMilli() / step + 1) * step);
        }
        ZonedDateTime local = after.atZone(PARIS);
        for (int day = 0; day <= 1; day++) {
            for (LocalTime time : times) {
                ZonedDateTime candidate = local.toLocalDate().plusDays(day).atTime(time).atZone(PARIS);
                if (candidate.toInstant().isAfter(after)) {
                    return candidate.toInstant();
                }
            }
        }
        throw new IllegalStateException("unreachable");
    }

    @Override
    public String toString() {
        return every != null ? "toutes les " + every.toMinutes() + " min"
                : String.join(", ", times.stream().map(LocalTime::toString).toList());
    }
}
