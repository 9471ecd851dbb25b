package fr.espacefamille.application.canteen;

import java.time.LocalDate;
import java.util.List;

import fr.espacefamille.application.canteen.Pupils.Pupil;
import fr.espacefamille.domain.canteen.Attendance;
import fr.espacefamille.domain.family.School;

/**
 * A school's attendance check for a day, as staff see it in the dining hall: its children, booked
 * ones first, then the other children enrolled in the canteen, then those who are not.
 */
public record AttendanceSheet(School school, LocalDate date, boolean serviceDay, List<Line> lines) {

    /** One pupil on the sheet: booked or not, enrolled, absence reported, and the attendance marked. */
    public record Line(Pupil pupil, boolean booked, boolean enrolled, boolean absenceReported, Attendance attendance) {
    }

    public AttendanceSheet {
        lines = List.copyOf(lines);
    }

    public long bookedCount() {
        return lines.stream().filter(Line::booked).count();
    }

    public long presentCount() {
        return lines.stream().filter(l -> l.attendance() == Attendance.PRESENT).count();
    }
}
