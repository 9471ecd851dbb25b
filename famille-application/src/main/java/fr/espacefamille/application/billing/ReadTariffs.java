package fr.espacefamille.application.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fr.espacefamille.domain.billing.CanteenTariff;
import fr.espacefamille.domain.billing.NurseryTariff;

/** Everyone, signed in or not, reads the tariffs in force and those to come. */
public final class ReadTariffs {

    /** The tariffs in force today and those announced, per service. */
    public record Published(LocalDate today, List<CanteenTariff> canteen, List<NurseryTariff> nursery) {
    }

    private final Tariffs tariffs;
    private final Clock clock;

    public ReadTariffs(Tariffs tariffs, Clock clock) {
        this.tariffs = tariffs;
        this.clock = clock;
    }

    public Published published() {
        LocalDate today = LocalDate.now(clock);
        var schedule = tariffs.schedule();
        return new Published(today, schedule.canteenFrom(today), schedule.nurseryFrom(today));
    }
}
