package fr.gouv.hubee.domain.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * At most {@code limit} events per key (an IP address) within a sliding window; used for the
 * per-IP limit on failed logins. Bounded: the least recently seen keys are forgotten beyond
 * {@code maxKeys}. Thread-safe.
 */
public final class SlidingWindowLimiter {

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> events;

    public SlidingWindowLimiter(int limit, Duration window, int maxKeys) {
        this.limit = limit;
        this.window = window;
        this.events = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Whether this key is still below the limit. */
    public synchronized boolean allows(String key, Instant now) {
        Deque<Instant> recent = events.get(key);
        if (recent == null) {
            return true;
        }
        prune(recent, now);
        return recent.size() < limit;
    }

    public synchronized void record(String key, Instant now) {
        Deque<Instant> recent = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        prune(recent, now);
        recent.addLast(now);
    }

    private void prune(Deque<Instant> recent, Instant now) {
        Instant oldest = now.minus(window);
        for (Iterator<Instant> it = recent.iterator(); it.hasNext(); ) {
            if (it.next().isAfter(oldest)) {
                break;
            }
            it.remove();
        }
    }
}
