package fr.espacefamille.domain.nursery;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** A regular contract's week: per weekday (Monday to Friday) the child's arrival and departure. */
public record WeeklySchedule(Map<DayOfWeek, DailyHours> days) {

    public WeeklySchedule {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("Le planning doit compter au moins un jour");
        }
        if (days.containsKey(DayOfWeek.SATURDAY) || days.containsKey(DayOfWeek.SUNDAY)) {
            throw new IllegalArgumentException("Le multi-accueil est fermé le samedi et le dimanche");
        }
        days = Collections.unmodifiableMap(new EnumMap<>(days));
    }

    public Optional<DailyHours> on(DayOfWeek day) {
        return Optional.ofNullable(days.get(day));
    }
}
