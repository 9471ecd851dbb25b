package fr.espacefamille.adapter.jdbc.shared;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.sql.Types;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.ColumnMapperFactory;

import fr.espacefamille.domain.shared.Money;

/**
 * Binds and reads the domain's values as their columns, so that stores bind {@code family} rather than
 * {@code family.value()} and read {@code FamilyId} rather than {@code new FamilyId(Columns.uuid(..))}: every id
 * record of the domain (one {@link UUID} component: {@code FamilyId}, {@code InvoiceId}, …) as a UUID column, and
 * {@link Money} as its cents in a BIGINT column. SQL NULL is a null value both ways. Enums need nothing here:
 * Jdbi binds and maps them by name.
 */
final class DomainValues implements ArgumentFactory.Preparable, ColumnMapperFactory {

    @Override
    public Optional<Function<Object, Argument>> prepare(Type type, ConfigRegistry config) {
        if (type == Money.class) {
            return Optional.of(value -> value == null ? (position, statement, context) -> statement.setNull(position, Types.BIGINT)
                    : (position, statement, context) -> statement.setLong(position, ((Money) value).cents()));
        }
        return idRecord(type).map(id -> value -> {
            UUID uuid = value == null ? null : id.value(value);
            return uuid == null ? (position, statement, context) -> statement.setNull(position, Types.OTHER)
                    : (position, statement, context) -> statement.setObject(position, uuid);
        });
    }

    @Override
    public Optional<ColumnMapper<?>> build(Type type, ConfigRegistry config) {
        if (type == Money.class) {
            return Optional.of((row, column, context) -> {
                long cents = row.getLong(column);
                return row.wasNull() ? null : Money.ofCents(cents);
            });
        }
        return idRecord(type).map(id -> (row, column, context) -> {
            UUID uuid = row.getObject(column, UUID.class);
            return uuid == null ? null : id.of(uuid);
        });
    }

    /** A domain record whose one component is a UUID, with how to read and make it. */
    private record IdRecord(Method accessor, Constructor<?> constructor) {

        UUID value(Object id) {
            try {
                return (UUID) accessor.invoke(id);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read the id " + id, e);
            }
        }

        Object of(UUID uuid) {
            try {
                return constructor.newInstance(uuid);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot make a " + constructor.getDeclaringClass().getSimpleName(), e);
            }
        }
    }

    private static Optional<IdRecord> idRecord(Type type) {
        if (!(type instanceof Class<?> record) || !record.isRecord() || !record.getPackageName().startsWith("fr.espacefamille.domain")) {
            return Optional.empty();
        }
        RecordComponent[] components = record.getRecordComponents();
        if (components.length != 1 || components[0].getType() != UUID.class) {
            return Optional.empty();
        }
        try {
            return Optional.of(new IdRecord(components[0].getAccessor(), record.getDeclaredConstructor(UUID.class)));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("A record has a canonical constructor: " + record, e);
        }
    }
}
