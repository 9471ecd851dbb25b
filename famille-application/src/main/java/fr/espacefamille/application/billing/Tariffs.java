package fr.espacefamille.application.billing;

import fr.espacefamille.domain.billing.CanteenTariff;
import fr.espacefamille.domain.billing.NurseryTariff;
import fr.espacefamille.domain.billing.TariffSchedule;

/** Out-port: the tariffs of every service with their start dates. */
public interface Tariffs {

    /** Adds a canteen tariff, replacing the one that starts the same day if any. */
    void putCanteen(CanteenTariff tariff);

    /** Adds a nursery barème, replacing the one that starts the same day if any. */
    void putNursery(NurseryTariff tariff);

    TariffSchedule schedule();
}
