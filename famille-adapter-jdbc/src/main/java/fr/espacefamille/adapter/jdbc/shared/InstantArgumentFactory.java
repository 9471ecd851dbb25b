package fr.espacefamille.adapter.jdbc.shared;

import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Binds an {@link Instant} as a UTC {@code TIMESTAMP WITH TIME ZONE}, never through the JVM's
 * zone (a {@code java.sql.Timestamp} is ambiguous in the autumn DST hour), truncated to the
 * microsecond that both databases keep so that they store the same value.
 */
final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {

    InstantArgumentFactory() {
        super(Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    protected Argument build(Instant value, ConfigRegistry config) {
        var utc = value.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        return (position, statement, context) -> statement.setObject(position, utc);
    }
}
