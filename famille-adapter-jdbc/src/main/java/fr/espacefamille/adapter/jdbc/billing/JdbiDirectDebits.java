package fr.espacefamille.adapter.jdbc.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.adapter.jdbc.shared.Upsert;
import fr.espacefamille.application.billing.DirectDebits;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.Iban;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.FamilyId;

/** {@link DirectDebits} in {@code direct_debit_mandates}. */
public final class JdbiDirectDebits implements DirectDebits {

    private static final String SELECT = "SELECT family_id, regie, active, iban FROM direct_debit_mandates ";

    private final JdbiContext db;

    public JdbiDirectDebits(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void put(DirectDebitMandate mandate) {
        db.useHandle(handle -> Upsert.run(handle,
                "UPDATE direct_debit_mandates SET active = :active, iban = :iban WHERE family_id = :family AND regie = :regie",
                "INSERT INTO direct_debit_mandates (family_id, regie, active, iban) VALUES (:family, :regie, :active, :iban) ON CONFLICT DO NOTHING",
                update -> update.bind("family", mandate.family().value())
                        .bind("regie", mandate.regie().name())
                        .bind("active", mandate.active())
                        .bind("iban", mandate.iban() == null ? null : mandate.iban().value())));
    }

    @Override
    public Optional<DirectDebitMandate> of(FamilyId family, Regie regie) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE family_id = :family AND regie = :regie")
                .bind("family", family.value()).bind("regie", regie.name())
                .map((row, ctx) -> mandate(row)).findOne());
    }

    @Override
    public List<DirectDebitMandate> ofFamily(FamilyId family) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE family_id = :family")
                .bind("family", family.value())
                .map((row, ctx) -> mandate(row)).list()).stream()
                .sorted(Comparator.comparing(DirectDebitMandate::regie)).toList();
    }

    private static DirectDebitMandate mandate(ResultSet row) throws SQLException {
        String iban = row.getString("iban");
        return new DirectDebitMandate(new FamilyId(Columns.uuid(row, "family_id")), Regie.valueOf(row.getString("regie")),
                row.getBoolean("active"), iban == null ? null : new Iban(iban));
    }
}
