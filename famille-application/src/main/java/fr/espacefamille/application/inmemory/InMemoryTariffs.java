package fr.espacefamille.application.inmemory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;

import fr.espacefamille.application.billing.Tariffs;
import fr.espacefamille.domain.billing.CanteenTariff;
import fr.espacefamille.domain.billing.NurseryTariff;
import fr.espacefamille.domain.billing.TariffSchedule;

/** In-memory {@link Tariffs}. */
public final class InMemoryTariffs implements Tariffs {

    private final Map<LocalDate, CanteenTariff> canteen;
    private final Map<LocalDate, NurseryTariff> nursery;

    public InMemoryTariffs(InMemoryTransactions transactions) {
        this.canteen = new InMemoryMap<LocalDate, CanteenTariff>(transactions).map();
        this.nursery = new InMemoryMap<LocalDate, NurseryTariff>(transactions).map();
    }

    @Override
    public void putCanteen(CanteenTariff tariff) {
        canteen.put(tariff.validFrom(), tariff);
    }

    @Override
    public void putNursery(NurseryTariff tariff) {
        nursery.put(tariff.validFrom(), tariff);
    }

    @Override
    public TariffSchedule schedule() {
        return new TariffSchedule(new ArrayList<>(canteen.values()), new ArrayList<>(nursery.values()));
    }
}
