package fr.espacefamille.bootstrap;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.application.nursery.RegisterOccasionalCare;
import fr.espacefamille.application.nursery.RegisterRegularContract;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.nursery.DailyHours;

/**
 * The demo town's nursery, through the use cases: Tom Martin (two and a half) is registered for
 * occasional care and has a Monday–Tuesday contract for a year from the first month the demo bills.
 * Done once: a child already known to the nursery is left alone.
 */
final class NurseryDemo {

    private static final Logger LOG = LoggerFactory.getLogger(NurseryDemo.class);

    private final SharedWiring core;
    private final NurseryWiring nursery;

    NurseryDemo(SharedWiring core, NurseryWiring nursery) {
        this.core = core;
        this.nursery = nursery;
    }

    void loadIfAbsent() {
        Child tom = core.families().search("Tom Martin", 1).stream().flatMap(f -> f.children().stream())
                .filter(c -> c.firstName().equals("Tom")).findFirst().orElse(null);
        if (tom == null || !core.enrolments().ofChild(tom.id()).isEmpty()) {
            return;
        }
        LocalDate from = HistoryDemo.nurseryStart(LocalDate.now(core.clock()));
        nursery.useCases.registerOccasional().register(Actor.SYSTEM,
                new RegisterOccasionalCare.Command(tom.id(), from, from.plusYears(1)));
        nursery.useCases.registerContract().register(Actor.SYSTEM, new RegisterRegularContract.Command(tom.id(), from,
                from.plusYears(1), Map.of(DayOfWeek.MONDAY, new DailyHours(LocalTime.of(8, 30), LocalTime.of(17, 0)),
                        DayOfWeek.TUESDAY, new DailyHours(LocalTime.of(8, 30), LocalTime.of(12, 0))), List.of()));
        LOG.info("Multi-accueil de démonstration : Tom Martin inscrit à l'accueil occasionnel et sous contrat");
    }
}
