package fr.espacefamille.adapter.jdbc.enrolment;

import java.util.Optional;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.adapter.jdbc.shared.Upsert;
import fr.espacefamille.application.enrolment.EnrolmentCampaigns;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.enrolment.EnrolmentCampaign;

/** {@link EnrolmentCampaigns} in {@code enrolment_campaigns}, one row per school year. */
public final class JdbiEnrolmentCampaigns implements EnrolmentCampaigns {

    private final JdbiContext db;

    public JdbiEnrolmentCampaigns(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void save(EnrolmentCampaign campaign) {
        db.useHandle(handle -> Upsert.run(handle,
                "UPDATE enrolment_campaigns SET opens_on = :opensOn, closes_on = :closesOn WHERE school_year = :year",
                "INSERT INTO enrolment_campaigns (school_year, opens_on, closes_on) VALUES (:year, :opensOn, :closesOn) "
                        + "ON CONFLICT DO NOTHING",
                update -> update.bind("year", campaign.schoolYear().toString()).bind("opensOn", campaign.opensOn())
                        .bind("closesOn", campaign.closesOn())));
    }

    @Override
    public Optional<EnrolmentCampaign> of(SchoolYearLabel schoolYear) {
        return db.withHandle(handle -> handle.createQuery(
                "SELECT opens_on, closes_on FROM enrolment_campaigns WHERE school_year = :year")
                .bind("year", schoolYear.toString())
                .map((row, ctx) -> new EnrolmentCampaign(schoolYear, Columns.date(row, "opens_on"), Columns.date(row, "closes_on")))
                .findOne());
    }
}
