package fr.espacefamille.adapter.jdbc.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.billing.Tariffs;
import fr.espacefamille.domain.billing.CanteenTariff;
import fr.espacefamille.domain.billing.EffortBracket;
import fr.espacefamille.domain.billing.NurseryTariff;
import fr.espacefamille.domain.billing.QuotientBracket;
import fr.espacefamille.domain.billing.TariffSchedule;
import fr.espacefamille.domain.shared.Money;

/** {@link Tariffs} in {@code canteen_tariffs} (+ brackets) and {@code nursery_tariffs} (+ effort rates). */
public final class JdbiTariffs implements Tariffs {

    private final JdbiContext db;

    public JdbiTariffs(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void putCanteen(CanteenTariff tariff) {
        db.useHandle(handle -> {
            delete(handle, "canteen_tariff_brackets", tariff.validFrom());
            delete(handle, "canteen_tariffs", tariff.validFrom());
            handle.createUpdate("""
                    INSERT INTO canteen_tariffs (valid_from, default_price_cents, non_resident_price_cents, unbooked_surcharge_cents)
                    VALUES (:validFrom, :defaultPrice, :nonResident, :surcharge)
                    """)
                    .bind("validFrom", tariff.validFrom())
                    .bind("defaultPrice", tariff.defaultPrice().cents())
                    .bind("nonResident", tariff.nonResidentPrice().cents())
                    .bind("surcharge", tariff.unbookedSurcharge().cents())
                    .execute();
            for (QuotientBracket bracket : tariff.brackets()) {
                handle.createUpdate("INSERT INTO canteen_tariff_brackets (valid_from, max_quotient, price_cents) VALUES (:validFrom, :max, :price)")
                        .bind("validFrom", tariff.validFrom())
                        .bind("max", bracket.maxQuotient())
                        .bind("price", bracket.price().cents())
                        .execute();
            }
        });
    }

    @Override
    public void putNursery(NurseryTariff tariff) {
        db.useHandle(handle -> {
            delete(handle, "nursery_effort_rates", tariff.validFrom());
            delete(handle, "nursery_tariffs", tariff.validFrom());
            handle.createUpdate("INSERT INTO nursery_tariffs (valid_from, floor_cents, ceiling_cents) VALUES (:validFrom, :floor, :ceiling)")
                    .bind("validFrom", tariff.validFrom())
                    .bind("floor", tariff.floor().cents())
                    .bind("ceiling", tariff.ceiling().cents())
                    .execute();
            for (EffortBracket bracket : EffortBracket.values()) {
                handle.createUpdate("INSERT INTO nursery_effort_rates (valid_from, bracket, rate) VALUES (:validFrom, :bracket, :rate)")
                        .bind("validFrom", tariff.validFrom())
                        .bind("bracket", bracket.name())
                        .bind("rate", tariff.effortRate(bracket).toPlainString())
                        .execute();
            }
        });
    }

    private static void delete(Handle handle, String table, LocalDate validFrom) {
        handle.createUpdate("DELETE FROM " + table + " WHERE valid_from = :validFrom").bind("validFrom", validFrom).execute();
    }

    @Override
    public TariffSchedule schedule() {
        return db.withHandle(handle -> new TariffSchedule(canteen(handle), nursery(handle)));
    }

    private static List<CanteenTariff> canteen(Handle handle) {
        Map<LocalDate, List<QuotientBracket>> brackets = new HashMap<>();
        handle.createQuery("SELECT valid_from, max_quotient, price_cents FROM canteen_tariff_brackets")
                .map((row, ctx) -> Map.entry(Columns.date(row, "valid_from"),
                        new QuotientBracket(row.getInt("max_quotient"), Columns.get(row, "price_cents", Money.class, ctx))))
                .forEach(e -> brackets.computeIfAbsent(e.getKey(), d -> new ArrayList<>()).add(e.getValue()));
        return handle.createQuery("SELECT valid_from, default_price_cents, non_resident_price_cents, unbooked_surcharge_cents FROM canteen_tariffs")
                .map((row, ctx) -> {
                    LocalDate validFrom = Columns.date(row, "valid_from");
                    return new CanteenTariff(validFrom, brackets.getOrDefault(validFrom, List.of()),
                            Columns.get(row, "default_price_cents", Money.class, ctx), Columns.get(row, "non_resident_price_cents", Money.class, ctx),
                            Columns.get(row, "unbooked_surcharge_cents", Money.class, ctx));
                }).list();
    }

    private static List<NurseryTariff> nursery(Handle handle) {
        Map<LocalDate, Map<EffortBracket, BigDecimal>> rates = new HashMap<>();
        handle.createQuery("SELECT valid_from, bracket, rate FROM nursery_effort_rates")
                .map((row, ctx) -> new Rate(Columns.date(row, "valid_from"), Columns.get(row, "bracket", EffortBracket.class, ctx),
                        new BigDecimal(row.getString("rate"))))
                .forEach(r -> rates.computeIfAbsent(r.validFrom(), d -> new EnumMap<>(EffortBracket.class)).put(r.bracket(), r.rate()));
        return handle.createQuery("SELECT valid_from, floor_cents, ceiling_cents FROM nursery_tariffs")
                .map((row, ctx) -> {
                    LocalDate validFrom = Columns.date(row, "valid_from");
                    return new NurseryTariff(validFrom, Columns.get(row, "floor_cents", Money.class, ctx),
                            Columns.get(row, "ceiling_cents", Money.class, ctx), rates.getOrDefault(validFrom, Map.of()));
                }).list();
    }

    private record Rate(LocalDate validFrom, EffortBracket bracket, BigDecimal rate) {
    }
}
