package fr.espacefamille.adapter.http.nursery;

import java.time.Clock;

import fr.espacefamille.adapter.http.family.AbsenceCertificate;
import fr.espacefamille.application.family.Enrolments;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.family.FindFamily;
import fr.espacefamille.application.nursery.BookOccasionalCare;
import fr.espacefamille.application.nursery.CancelOccasionalBooking;
import fr.espacefamille.application.nursery.EndRegularContract;
import fr.espacefamille.application.nursery.ListNurseryAbsences;
import fr.espacefamille.application.nursery.ListNurserySlots;
import fr.espacefamille.application.nursery.ListOccasionalBookings;
import fr.espacefamille.application.nursery.ListRegularContracts;
import fr.espacefamille.application.nursery.ListWaitingLists;
import fr.espacefamille.application.nursery.NurseryBillableHours;
import fr.espacefamille.application.nursery.NurseryDaySheet;
import fr.espacefamille.application.nursery.RecordNurseryAttendance;
import fr.espacefamille.application.nursery.RegisterOccasionalCare;
import fr.espacefamille.application.nursery.RegisterRegularContract;
import fr.espacefamille.application.nursery.ReportNurseryAbsence;
import fr.espacefamille.application.nursery.UpdateNurserySettings;

/**
 * Everything the nursery's handlers and pages call, with the few reads they need besides (families,
 * enrolments, the absence certificate) and the clock that says what « now » is.
 */
public record NurseryUseCases(
        UpdateNurserySettings settings,
        ListNurserySlots slots,
        RegisterRegularContract registerContract,
        RegisterOccasionalCare registerOccasional,
        EndRegularContract endContract,
        ListRegularContracts contracts,
        BookOccasionalCare book,
        ListOccasionalBookings bookings,
        CancelOccasionalBooking cancel,
        ReportNurseryAbsence reportAbsence,
        ListNurseryAbsences absences,
        RecordNurseryAttendance attendance,
        NurseryDaySheet daySheet,
        ListWaitingLists waitingLists,
        NurseryBillableHours billableHours,
        FindFamily findFamily,
        Families families,
        Enrolments enrolments,
        AbsenceCertificate certificates,
        Clock clock) {
}
