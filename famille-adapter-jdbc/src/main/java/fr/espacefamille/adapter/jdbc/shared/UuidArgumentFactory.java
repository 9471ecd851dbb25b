package fr.espacefamille.adapter.jdbc.shared;

import java.sql.Types;
import java.util.UUID;

import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Binds a {@link UUID} as a native UUID, and a null one (bound with {@code bindByType}) as an
 * untyped NULL: Jdbi's default binds it as a VARCHAR NULL, which PostgreSQL refuses for a UUID column.
 */
final class UuidArgumentFactory extends AbstractArgumentFactory<UUID> {

    UuidArgumentFactory() {
        super(Types.OTHER);
    }

    @Override
    protected Argument build(UUID value, ConfigRegistry config) {
        return (position, statement, context) -> statement.setObject(position, value);
    }
}
