/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.statement;

import dev.s2r.driver.internal.client.Client;
import dev.s2r.driver.internal.transport.ExceptionFactory;
import dev.s2r.driver.internal.message.client.CloseStatementMessage;
import dev.s2r.driver.internal.message.client.PrepareMessage;
import dev.s2r.driver.internal.message.server.ErrorMessage;
import dev.s2r.driver.internal.message.server.PrepareComplete;
import dev.s2r.driver.internal.message.server.ResponseDecoder;
import dev.s2r.driver.internal.message.server.StatementColumns;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded LRU cache of server-prepared statements of one connection. A statement evicted while an execution
 * uses it is closed ({@code COM_STMT_CLOSE}) when that execution releases it.
 */
public final class PreparedStatementCache {

    private final Client client;
    private final int capacity;
    private final LinkedHashMap<String, Handle> cache = new LinkedHashMap<>(16, 0.75f, true);

    public PreparedStatementCache(Client client, int capacity) {
        this.client = client;
        this.capacity = capacity;
    }

    /**
     * Finds or prepares the statement and marks it in use; call {@link Handle#release()} when done.
     *
     * @param sql the SQL with {@code ?} markers
     * @return the statement
     */
    public Mono<Handle> acquire(String sql) {
        return Mono.defer(() -> {
            Handle cached = acquireCached(sql);
            return cached != null ? Mono.just(cached) : prepare(sql);
        });
    }

    /**
     * Like {@link #acquire} when the statement is already prepared, without a publisher: the common case of a
     * statement run again.
     *
     * @param sql the SQL with {@code ?} markers
     * @return the statement marked in use (call {@link Handle#release()} when done), or {@code null} when it still
     * has to be prepared
     */
    public Handle acquireCached(String sql) {
        synchronized (this.cache) {
            Handle cached = this.cache.get(sql);
            if (cached != null) {
                cached.uses++;
            }
            return cached;
        }
    }

    private Mono<Handle> prepare(String sql) {
        return this.client.exchange(new PrepareMessage(sql), ResponseDecoder.Mode.PREPARE)
            .<Handle>handle((message, sink) -> {
                if (message instanceof PrepareComplete) {
                    sink.next(store(sql, (PrepareComplete) message));
                } else if (message instanceof ErrorMessage) {
                    ErrorMessage error = (ErrorMessage) message;
                    sink.error(ExceptionFactory.create(error.getCode(), error.getSqlState(), error.getMessage(), sql));
                }
            })
            .last();
    }

    private Handle store(String sql, PrepareComplete prepared) {
        Handle handle = new Handle(sql, prepared);
        handle.uses = 1;
        if (this.capacity == 0) {
            handle.evicted = true;
            return handle;
        }
        synchronized (this.cache) {
            Handle previous = this.cache.put(sql, handle);
            if (previous != null) {
                evict(previous);
            }
            if (this.cache.size() > this.capacity) {
                Map.Entry<String, Handle> eldest = this.cache.entrySet().iterator().next();
                this.cache.remove(eldest.getKey());
                evict(eldest.getValue());
            }
        }
        return handle;
    }

    private void evict(Handle handle) {
        handle.evicted = true;
        if (handle.uses == 0 && !handle.dropped) {
            close(handle);
        }
    }

    private void close(Handle handle) {
        if (this.client.isConnected()) {
            this.client.exchange(new CloseStatementMessage(handle.statementId()), ResponseDecoder.Mode.SIMPLE)
                .subscribe(m -> { }, e -> { });
        }
    }

    /**
     * Forgets every statement without closing it on the server, because the server has already dropped them
     * (after {@code COM_RESET_CONNECTION}). Statements in use are not closed when released.
     */
    public void invalidateAll() {
        synchronized (this.cache) {
            for (Handle handle : this.cache.values()) {
                handle.evicted = true;
                handle.dropped = true;
            }
            this.cache.clear();
        }
    }

    /** @return how many statements are cached */
    int size() {
        synchronized (this.cache) {
            return this.cache.size();
        }
    }

    /**
     * A prepared statement and its use count.
     */
    public final class Handle {

        private final String sql;
        private final PrepareComplete prepared;
        private final StatementColumns columns;
        private int uses;
        private boolean evicted;
        private boolean dropped;

        Handle(String sql, PrepareComplete prepared) {
            this.sql = sql;
            this.prepared = prepared;
            this.columns = new StatementColumns(prepared.columns());
        }

        /** @return the statement's last announced result columns */
        public StatementColumns columns() {
            return this.columns;
        }

        public long statementId() {
            return this.prepared.getStatementId();
        }

        public int parameterCount() {
            return this.prepared.getParameterCount();
        }

        public void release() {
            boolean close;
            synchronized (PreparedStatementCache.this.cache) {
                this.uses--;
                close = this.evicted && !this.dropped && this.uses == 0;
            }
            if (close) {
                close(this);
            }
        }

        @Override
        public String toString() {
            return "PreparedStatement{id=" + statementId() + ", sql='" + this.sql + "'}";
        }
    }
}
