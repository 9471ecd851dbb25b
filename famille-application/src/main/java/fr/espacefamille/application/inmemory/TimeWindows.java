package fr.espacefamille.application.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Counting events per key over a sliding window of time, for the in-memory throttling stores. */
final class TimeWindows {

    private TimeWindows() {
    }

    /** Records an event of {@code key} at {@code at}, forgets those before {@code since}, answers how many are left. */
    static int record(Map<String, List<Instant>> events, String key, Instant at, Instant since) {
        List<Instant> next = new ArrayList<>(events.getOrDefault(key, List.of()));
        next.removeIf(t -> t.isBefore(since));
        next.add(at);
        events.put(key, List.copyOf(next));
        return next.size();
    }
}
