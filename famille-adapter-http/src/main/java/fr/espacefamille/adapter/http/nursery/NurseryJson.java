package fr.espacefamille.adapter.http.nursery;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

import fr.espacefamille.application.nursery.BookingView;
import fr.espacefamille.application.nursery.ListRegularContracts;
import fr.espacefamille.application.nursery.ListWaitingLists;
import fr.espacefamille.application.nursery.NurseryDaySheet;
import fr.espacefamille.domain.nursery.OccasionalBookingStatus;
import fr.espacefamille.domain.nursery.CongesWeek;
import fr.espacefamille.application.nursery.ReportNurseryAbsence;
import fr.espacefamille.domain.nursery.NurseryAbsence;
import fr.espacefamille.domain.nursery.NurseryAttendance;
import fr.espacefamille.domain.nursery.NurseryBillableDay;
import fr.espacefamille.domain.nursery.NurserySettings;
import fr.espacefamille.domain.nursery.OccasionalBooking;
import fr.espacefamille.domain.nursery.HalfDay;
import fr.espacefamille.domain.nursery.RegularContract;
import fr.espacefamille.domain.nursery.SlotOccupancy;

/** The JSON shapes of API.md for the nursery; optional fields are left out when empty. */
final class NurseryJson {

    private NurseryJson() {
    }

    record IdJson(String id) {
    }

    record SettingsBody(Integer placesPerSlot, List<LocalDate> closures) {
    }

    record SettingsJson(int placesPerSlot, List<LocalDate> closures) {
        static SettingsJson of(NurserySettings s) {
            return new SettingsJson(s.placesPerSlot(), List.copyOf(s.closures()));
        }
    }

    record SlotJson(LocalDate date, HalfDay period, int capacity, int available) {
        static SlotJson of(SlotOccupancy s) {
            return new SlotJson(s.slot().date(), s.slot().period(), s.places(), s.available());
        }
    }

    record BookingBody(LocalDate date, HalfDay period) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BookingJson(String id, String childId, LocalDate date, HalfDay period, OccasionalBookingStatus status, Integer waitlistPosition,
            Boolean billed, Instant requestedAt, Instant cancelledAt, Instant freeCancellationUntil) {

        static BookingJson of(BookingView view, ZoneId zone) {
            OccasionalBooking b = view.booking();
            return new BookingJson(b.id().toString(), b.child().toString(), b.slot().date(), b.slot().period(), b.status(),
                    view.waitlistPosition(), b.isActive() ? null : b.billed(), b.requestedAt(), b.cancelledAt(),
                    b.isActive() ? b.freeCancellationUntil(zone) : null);
        }
    }

    record RegularBody(String service, LocalDate from, LocalDate to, Map<String, HoursBody> schedule, List<String> congesWeeks) {
    }

    record OccasionalBody(String service, LocalDate from, LocalDate to) {
    }

    record HoursJson(@JsonFormat(pattern = "HH:mm") LocalTime start, @JsonFormat(pattern = "HH:mm") LocalTime end) {
    }

    record ContractJson(String id, String childId, String firstName, String lastName, LocalDate from, LocalDate to,
            Map<DayOfWeek, HoursJson> schedule, List<LocalDate> congesWeeks) {
        static ContractJson of(ListRegularContracts.ContractLine line) {
            RegularContract c = line.contract();
            return new ContractJson(c.id().toString(), c.child().toString(), line.child().firstName(), line.child().lastName(),
                    c.from(), c.to(), schedule(c), c.congesWeeks().stream().map(CongesWeek::monday).toList());
        }

        static Map<DayOfWeek, HoursJson> schedule(RegularContract c) {
            Map<DayOfWeek, HoursJson> days = new LinkedHashMap<>();
            c.schedule().days().forEach((day, hours) -> days.put(day, new HoursJson(hours.arrival(), hours.departure())));
            return days;
        }
    }

    record EndBody(LocalDate lastDay) {
    }

    record EndedJson(String id, LocalDate from, LocalDate to) {
        static EndedJson of(RegularContract c) {
            return new EndedJson(c.id().toString(), c.from(), c.to());
        }
    }

    record AbsenceBody(String service, LocalDate from, LocalDate to, String reason, String documentId) {
    }

    record AbsenceJson(String id, List<LocalDate> days, List<LocalDate> cancelled, String reason, LocalDate from, LocalDate to) {
        static AbsenceJson of(ReportNurseryAbsence.Result result) {
            NurseryAbsence a = result.absence();
            return new AbsenceJson(a.id().toString(), a.days(), result.cancelled(), a.reason().name(), a.from(), a.to());
        }
    }

    record AttendanceBody(String childId, LocalTime arrival, LocalTime departure) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AttendanceJson(String childId, LocalDate date, @JsonFormat(pattern = "HH:mm") LocalTime arrival,
            @JsonFormat(pattern = "HH:mm") LocalTime departure) {
        static AttendanceJson of(NurseryAttendance a) {
            return new AttendanceJson(a.child().toString(), a.date(), a.arrival(), a.departure());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DaySheetJson(String childId, String firstName, String lastName, HoursJson contractHours, List<HalfDay> booked,
            @JsonFormat(pattern = "HH:mm") LocalTime arrival, @JsonFormat(pattern = "HH:mm") LocalTime departure) {
        static DaySheetJson of(NurseryDaySheet.Row row) {
            return new DaySheetJson(row.child().id().toString(), row.child().firstName(), row.child().lastName(),
                    row.contractHours().map(h -> new HoursJson(h.arrival(), h.departure())).orElse(null), row.booked(),
                    row.attendance().map(NurseryAttendance::arrival).orElse(null),
                    row.attendance().map(NurseryAttendance::departure).orElse(null));
        }
    }

    record WaitingJson(int position, String bookingId, String childId, String firstName, String lastName, Instant requestedAt,
            String familyId, String familyName) {
        static WaitingJson of(ListWaitingLists.Waiting w) {
            return new WaitingJson(w.position(), w.booking().id().toString(), w.child().id().toString(), w.child().firstName(),
                    w.child().lastName(), w.booking().requestedAt(), w.family().id().toString(), w.family().name());
        }
    }

    record WaitingListJson(LocalDate date, HalfDay period, List<WaitingJson> waiting) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BillableDayJson(LocalDate date, int contractHalfHours, int extraHalfHours, int occasionalHalfHours,
            int lateCancellationHalfHours, int deductedHalfHours, String deductionReason) {
        static BillableDayJson of(NurseryBillableDay d) {
            return new BillableDayJson(d.date(), d.contractHalfHours(), d.extraHalfHours(), d.occasionalHalfHours(),
                    d.lateCancellationHalfHours(), d.deductedHalfHours(), d.deductionReason() == null ? null : d.deductionReason().name());
        }
    }
}
