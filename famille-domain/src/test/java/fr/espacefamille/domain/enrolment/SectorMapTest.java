package fr.espacefamille.domain.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.SchoolId;

class SectorMapTest {

    private static final SchoolId BRASSENS = SchoolId.random();
    private static final SchoolId PREVERT = SchoolId.random();
    private static final Map<String, SchoolId> SCHOOLS = Map.of("Brassens", BRASSENS, "Prévert", PREVERT);

    private static SectorMap parse(String body) {
        return SectorMap.parse("street;from;to;side;school\n" + body, name -> Optional.ofNullable(SCHOOLS.get(name)));
    }

    private final SectorMap map = parse("""
            Rue de la Loire;1;99;ODD;Brassens
            rue de la loire;2;98;EVEN;Prévert
            Allée Saint-Exupéry;1;50;ALL;Brassens
            Rue de l'Église;1;10;ALL;Prévert
            Rue de l'Église;11;30;ALL;Brassens
            """);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12 rue de la Loire|PREVERT",
        "13 Rue De La Loire|BRASSENS",
        "12 bis rue de la Loire|PREVERT",
        "12B rue de la Loire|PREVERT",
        "12 ter, RUE DE LA LOIRE|PREVERT",
        "7 allee saint exupery|BRASSENS",
        "7 Allée  Saint - Exupéry|BRASSENS",
        "3 rue de l’église|PREVERT",
        "3 rue de l eglise|PREVERT",
        "25 rue de l'Église|BRASSENS",
        "101 rue de la Loire|NONE",
        "12 avenue de la Loire|NONE",
        "rue de la Loire|NONE",
        "Allée Saint-Exupéry|BRASSENS"
    })
    void finds_the_sector_school_of_an_address(String line1, String expected) {
        Optional<SchoolId> school = map.schoolOf(line1);
        assertThat(school).isEqualTo(switch (expected) {
            case "PREVERT" -> Optional.of(PREVERT);
            case "BRASSENS" -> Optional.of(BRASSENS);
            default -> Optional.empty();
        });
    }

    @Test
    void names_the_bad_line_counting_the_header_as_line_1() {
        assertThatThrownBy(() -> parse("Rue A;1;9;ALL;Brassens\nRue B;1;9;ALL;Inconnue\n"))
                .isInstanceOf(SectorMap.BadLine.class).hasMessage("ligne 3 : école inconnue « Inconnue »");
        assertThatThrownBy(() -> parse("Rue A;un;9;ALL;Brassens\n")).hasMessageStartingWith("ligne 2 : numéro « de » invalide");
        assertThatThrownBy(() -> parse("Rue A;1;9;BOTH;Brassens\n")).hasMessageStartingWith("ligne 2 : côté inconnu « BOTH »");
        assertThatThrownBy(() -> parse("Rue A;9;1;ALL;Brassens\n")).hasMessageStartingWith("ligne 2 : numéros invalides");
        assertThatThrownBy(() -> parse("Rue A;1;9;ALL\n")).hasMessageStartingWith("ligne 2 : 5 colonnes");
        assertThatThrownBy(() -> SectorMap.parse("rue;de;a\n", n -> Optional.of(BRASSENS))).hasMessageStartingWith("ligne 1 : ");
    }

    @Test
    void overlapping_rows_of_a_street_are_refused_naming_both_lines() {
        assertThatThrownBy(() -> parse("Rue A;1;9;ODD;Brassens\nrue-a;9;20;ALL;Prévert\n"))
                .hasMessage("ligne 3 : ce secteur chevauche celui de la ligne 2 (rue-a)");
        assertThatThrownBy(() -> parse("Rue A;1;9;EVEN;Brassens\nRue A;2;2;EVEN;Prévert\n")).hasMessageContaining("ligne 2");
        // odd and even sides, or ranges sharing only a number of the other parity, do not overlap
        assertThat(parse("Rue A;1;9;ODD;Brassens\nRue A;2;10;EVEN;Prévert\nRue A;11;11;ALL;Prévert\n").rows()).hasSize(3);
        assertThat(parse("Rue A;1;3;ODD;Brassens\nRue A;4;4;ODD;Prévert\n").rows()).hasSize(2);
        assertThat(parse("Rue A;1;9;ALL;Brassens\nRue B;1;9;ALL;Prévert\n").rows()).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource({"2024,PS", "2023,MS", "2022,GS", "2021,CP", "2020,CE1", "2019,CE2", "2018,CM1", "2017,CM2"})
    void grade_from_age(int birthYear, Grade grade) {
        assertThat(GradeByAge.of(new SchoolYearLabel(2027), LocalDate.of(birthYear, 12, 31))).contains(grade);
    }

    @Test
    void ages_out_of_range_and_one_grade_above_or_below() {
        assertThat(GradeByAge.of(new SchoolYearLabel(2027), LocalDate.of(2025, 1, 1))).isEmpty();
        assertThat(GradeByAge.of(new SchoolYearLabel(2027), LocalDate.of(2016, 1, 1))).isEmpty();
        assertThat(GradeByAge.mayAsk(Grade.CP, Grade.GS)).isTrue();
        assertThat(GradeByAge.mayAsk(Grade.CP, Grade.CE1)).isTrue();
        assertThat(GradeByAge.mayAsk(Grade.CP, Grade.CE2)).isFalse();
        assertThat(CertificateNumber.format(2027, 42)).isEqualTo("CI-2027-000042");
    }
}
