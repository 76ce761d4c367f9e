/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.spring;

import dev.s2r.driver.api.Vector;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.data.r2dbc.dialect.MySqlDialect;
import org.springframework.data.relational.core.dialect.LockClause;
import org.springframework.data.relational.core.sql.LockOptions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Spring Data R2DBC's SQL dialect for SingleStore: MySQL's (backtick-quoted identifiers, {@code ?} bind markers,
 * {@code LIMIT offset, count} after {@code ORDER BY}, booleans as {@code TINYINT}, no sequences) except where
 * SingleStore differs.
 * <ul>
 *   <li>Locks: SingleStore has no shared row lock ({@code LOCK IN SHARE MODE}, {@code FOR SHARE}), so a
 *       pessimistic read lock is taken as {@code FOR UPDATE}, the exclusive lock that also keeps the rows from
 *       changing until the transaction ends.</li>
 *   <li>Simple types: the driver's {@link Vector} is a column value, not an entity to map.</li>
 * </ul>
 */
final class SingleStoreDialect extends MySqlDialect {

    /** The one instance; the dialect is stateless. */
    static final SingleStoreDialect INSTANCE = new SingleStoreDialect();

    private static final LockClause LOCK_CLAUSE = new LockClause() {

        @Override
        public String getLock(LockOptions lockOptions) {
            switch (lockOptions.getLockMode()) {
                case PESSIMISTIC_READ:
                case PESSIMISTIC_WRITE:
                    return "FOR UPDATE";
                default:
                    return "";
            }
        }

        @Override
        public Position getClausePosition() {
            return Position.AFTER_ORDER_BY;
        }
    };

    private final List<Class<?>> simpleTypes;

    private SingleStoreDialect() {
        List<Class<?>> types = new ArrayList<>(super.getSimpleTypes());
        types.add(Vector.class);
        this.simpleTypes = List.copyOf(types);
    }

    /**
     * @param connectionFactory a connection factory, perhaps a pool or another wrapper that reports the metadata
     *                          of the factory it wraps (as r2dbc-pool's does)
     * @return whether it makes SingleStore connections
     */
    static boolean isSingleStore(ConnectionFactory connectionFactory) {
        return SingleStoreBindMarkersProvider.isSingleStore(connectionFactory);
    }

    @Override
    public LockClause lock() {
        return LOCK_CLAUSE;
    }

    @Override
    public Collection<? extends Class<?>> getSimpleTypes() {
        return simpleTypes;
    }
}
