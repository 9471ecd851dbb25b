package fr.espacefamille.adapter.http.canteen;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import fr.espacefamille.application.canteen.AttendanceSheet;
import fr.espacefamille.application.canteen.BookWeeklyPattern;
import fr.espacefamille.application.canteen.ReadCanteenDays;
import fr.espacefamille.application.canteen.ReadHeadcounts;
import fr.espacefamille.domain.canteen.AbsenceReason;
import fr.espacefamille.domain.canteen.Attendance;
import fr.espacefamille.domain.canteen.CanteenDayStatus;

/** The JSON shapes of API.md's canteen rows. */
final class CanteenJson {

    private CanteenJson() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DayJson(LocalDate date, CanteenDayStatus status, OffsetDateTime deadline, boolean editable, boolean enrolled) {
        static DayJson of(ReadCanteenDays.Day d) {
            return new DayJson(d.date(), d.status(), d.deadline() == null ? null : d.deadline().toOffsetDateTime(), d.editable(),
                    d.enrolled());
        }
    }

    record StatusJson(LocalDate date, CanteenDayStatus status) {
    }

    record PatternBody(LocalDate from, LocalDate to, List<DayOfWeek> weekdays) {
    }

    record PatternJson(List<LocalDate> booked, List<BookWeeklyPattern.Skipped> skipped) {
    }

    record EnrolmentBody(String service, String schoolYear) {
    }

    record IdJson(String id) {
    }

    record AbsenceBody(String service, LocalDate from, LocalDate to, AbsenceReason reason, String documentId) {
    }

    record AbsenceJson(String id, List<LocalDate> days, List<LocalDate> cancelled) {
    }

    record MarkBody(String childId, Boolean present) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LineJson(String childId, String firstName, String lastName, boolean booked, boolean enrolled, boolean absenceReported,
            Boolean present) {
        static LineJson of(AttendanceSheet.Line l) {
            return new LineJson(l.pupil().id().toString(), l.pupil().firstName(), l.pupil().lastName(), l.booked(), l.enrolled(),
                    l.absenceReported(), l.attendance() == Attendance.NOT_CHECKED ? null : l.attendance() == Attendance.PRESENT);
        }
    }

    record SheetJson(String schoolId, String school, LocalDate date, long booked, long present, List<LineJson> children) {
        static SheetJson of(AttendanceSheet s) {
            return new SheetJson(s.school().id().toString(), s.school().name(), s.date(), s.bookedCount(), s.presentCount(),
                    s.lines().stream().map(LineJson::of).toList());
        }
    }

    record HeadcountJson(LocalDate date, String schoolId, String school, int meals, @JsonProperty("final") boolean isFinal) {
        static HeadcountJson of(ReadHeadcounts.Headcount h) {
            return new HeadcountJson(h.date(), h.school().id().toString(), h.school().name(), h.meals(), h.isFinal());
        }
    }
}
