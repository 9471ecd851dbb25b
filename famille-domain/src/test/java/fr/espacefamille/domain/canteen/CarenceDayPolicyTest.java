package fr.espacefamille.domain.canteen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CarenceDayPolicyTest {

    static final LocalDate MON = LocalDate.of(2026, 9, 7);
    static final LocalDate TUE = MON.plusDays(1);
    static final LocalDate THU = MON.plusDays(3);

    @Test
    void illness_with_certificate_bills_only_the_first_day_as_carence() {
        assertThat(CarenceDayPolicy.billing(AbsenceReason.ILLNESS, true, List.of(THU, MON, TUE)))
                .containsExactly(entry(MON, AbsenceBilling.CARENCE_DAY), entry(TUE, AbsenceBilling.NOT_BILLED),
                        entry(THU, AbsenceBilling.NOT_BILLED));
    }

    @Test
    void illness_without_certificate_bills_every_day() {
        assertThat(CarenceDayPolicy.billing(AbsenceReason.ILLNESS, false, List.of(MON, TUE)))
                .containsOnly(entry(MON, AbsenceBilling.BILLED), entry(TUE, AbsenceBilling.BILLED));
    }

    @Test
    void hospitalisation_bills_no_day_not_even_the_first() {
        assertThat(CarenceDayPolicy.billing(AbsenceReason.HOSPITALISATION, false, List.of(MON, TUE)).values())
                .containsOnly(AbsenceBilling.NOT_BILLED);
        assertThat(CarenceDayPolicy.billing(AbsenceReason.HOSPITALISATION, true, List.of(MON)).values())
                .containsOnly(AbsenceBilling.NOT_BILLED);
    }

    @Test
    void family_events_and_other_reasons_bill_every_day_certificate_or_not() {
        assertThat(CarenceDayPolicy.billing(AbsenceReason.FAMILY_EVENT, true, List.of(MON, TUE)).values())
                .containsOnly(AbsenceBilling.BILLED);
        assertThat(CarenceDayPolicy.billing(AbsenceReason.OTHER, false, List.of(MON)).values())
                .containsOnly(AbsenceBilling.BILLED);
    }

    @Test
    void a_single_day_of_illness_with_certificate_is_the_carence_day() {
        assertThat(CarenceDayPolicy.billing(AbsenceReason.ILLNESS, true, List.of(TUE)))
                .containsExactly(entry(TUE, AbsenceBilling.CARENCE_DAY));
    }

    @Test
    void no_booked_day_gives_nothing_to_bill() {
        assertThat(CarenceDayPolicy.billing(AbsenceReason.ILLNESS, true, List.of())).isEmpty();
    }
}
