package fr.espacefamille.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Laws of the activation key over seeded random keys; a failure names its seed, to replay it. */
class ActivationKeyPropertiesTest {

    private static final long MASTER_SEED = 20260907L;

    static LongStream seeds() {
        return new Random(MASTER_SEED).longs(200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_key_typed_in_any_case_with_dashes_or_spaces_anywhere_reads_back_as_itself(long seed) {
        Random random = new Random(seed);
        ActivationKey key = ActivationKey.generate(random);
        StringBuilder typed = new StringBuilder();
        for (char c : key.formatted().toCharArray()) {
            if (c == '-' && random.nextBoolean()) {
                continue;
            }
            typed.append(random.nextBoolean() ? Character.toLowerCase(c) : c);
            if (random.nextInt(6) == 0) {
                typed.append(random.nextBoolean() ? ' ' : '-');
            }
        }

        assertThat(ActivationKey.parse(typed.toString())).as("seed %d, typed « %s »", seed, typed).contains(key);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_look_alike_character_anywhere_makes_it_no_key(long seed) {
        Random random = new Random(seed);
        char[] typed = ActivationKey.generate(random).value().toCharArray();
        typed[random.nextInt(typed.length)] = "0O1IL0oil".charAt(random.nextInt(9));

        assertThat(ActivationKey.parse(new String(typed))).as("seed %d, typed « %s »", seed, new String(typed)).isEmpty();
    }
}
