package fr.espacefamille.adapter.jdbc.enrolment;

import org.jdbi.v3.core.statement.PreparedBatch;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.enrolment.SchoolSectors;
import fr.espacefamille.domain.enrolment.SectorMap;
import fr.espacefamille.domain.enrolment.SectorRow;
import fr.espacefamille.domain.enrolment.SectorSide;
import fr.espacefamille.domain.family.SchoolId;

/** {@link SchoolSectors} in {@code school_sectors}: a replacement deletes every row and writes the new ones. */
public final class JdbiSchoolSectors implements SchoolSectors {

    private final JdbiContext db;

    public JdbiSchoolSectors(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void replace(SectorMap map) {
        db.useHandle(handle -> {
            handle.createUpdate("DELETE FROM school_sectors").execute();
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO school_sectors (ordinal, line, street, from_no, to_no, side, school_id)
                    VALUES (:ordinal, :line, :street, :from, :to, :side, :school)
                    """);
            for (int i = 0; i < map.rows().size(); i++) {
                SectorRow row = map.rows().get(i);
                batch.bind("ordinal", i).bindMethods(row).add();
            }
            if (!map.rows().isEmpty()) {
                batch.execute();
            }
        });
    }

    @Override
    public SectorMap current() {
        return new SectorMap(db.withHandle(handle -> handle.createQuery(
                "SELECT line, street, from_no, to_no, side, school_id FROM school_sectors ORDER BY ordinal")
                .map((row, ctx) -> new SectorRow(row.getInt("line"), row.getString("street"), row.getInt("from_no"),
                        row.getInt("to_no"), Columns.get(row, "side", SectorSide.class, ctx), Columns.get(row, "school_id", SchoolId.class, ctx)))
                .list()));
    }
}
