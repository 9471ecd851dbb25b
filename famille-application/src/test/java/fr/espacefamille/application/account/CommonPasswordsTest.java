package fr.espacefamille.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.account.PasswordPolicy;

/** The shipped list of common passwords behind {@link CommonPasswords#policy()}; the policy's rules are tested in the domain. */
class CommonPasswordsTest {

    private static final String RESOURCE = "/fr/espacefamille/application/account/common-passwords.txt";

    private static List<String> listLines;
    private static PasswordPolicy policy;

    @BeforeAll
    static void loadTheShippedList() {
        listLines = readList();
        policy = CommonPasswords.policy();
    }

    private static List<String> readList() {
        InputStream in = CommonPasswordsTest.class.getResourceAsStream(RESOURCE);
        assertThat(in).as("resource %s", RESOURCE).isNotNull();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shipped_list_has_exactly_10000_distinct_normalised_entries() {
        assertThat(listLines).hasSize(10_000).doesNotHaveDuplicates();
        assertThat(listLines).allSatisfy(entry -> assertThat(PasswordPolicy.normalise(entry)).isEqualTo(entry));
        assertThat(policy.commonPasswordCount()).isEqualTo(10_000);
    }

    @Test
    void shipped_list_includes_french_staples() {
        assertThat(listLines).contains("motdepasse", "azertyuiop", "azerty", "soleil", "doudou",
                "chouchou", "loulou", "marseille", "bonjour", "jetaime");
    }

}
