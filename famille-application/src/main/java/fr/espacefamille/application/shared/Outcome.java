package fr.espacefamille.application.shared;

import java.util.function.Function;

import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.RefusedException;

/** What a use case answers: a result, or an expected refusal. */
public sealed interface Outcome<T> permits Outcome.Done, Outcome.Refused {

    record Done<T>(T value) implements Outcome<T> {
    }

    record Refused<T>(Refusal refusal) implements Outcome<T> {
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    /** The value, or a {@link RefusedException} carrying the refusal. */
    default T orThrow() {
        if (this instanceof Done<T> done) {
            return done.value();
        }
        throw new RefusedException(((Refused<T>) this).refusal());
    }

    default <U> Outcome<U> map(Function<T, U> mapper) {
        if (this instanceof Done<T> done) {
            return new Done<>(mapper.apply(done.value()));
        }
        return new Refused<>(((Refused<T>) this).refusal());
    }
}
