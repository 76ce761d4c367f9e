/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.internal.options.Settings;
import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.internal.statement.BatchInsert;
import dev.s2r.driver.internal.statement.BindValues;
import dev.s2r.driver.internal.statement.BulkInsert;
import dev.s2r.driver.internal.statement.PreparedStatementCache;
import dev.s2r.driver.api.StatementInterceptor;
import dev.s2r.driver.internal.client.Capabilities;
import dev.s2r.driver.internal.transport.ExceptionFactory;
import dev.s2r.driver.internal.codec.Parameter;
import dev.s2r.driver.internal.message.client.BulkExecuteMessage;
import dev.s2r.driver.internal.message.client.ExecuteMessage;
import dev.s2r.driver.internal.message.client.InterpolatedQueryMessage;
import dev.s2r.driver.internal.message.server.ErrorMessage;
import dev.s2r.driver.internal.message.server.OkMessage;
import dev.s2r.driver.internal.message.server.ResponseDecoder;
import dev.s2r.driver.internal.message.server.ServerMessage;
import dev.s2r.driver.internal.sql.ParsedSql;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.util.ReferenceCountUtil;
import io.r2dbc.spi.Blob;
import io.r2dbc.spi.Clob;
import io.r2dbc.spi.Statement;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A statement with {@code ?} or {@code :name} bind markers. Without bindings it runs as a text query; with
 * bindings it is prepared on the server (cached per connection) and executed in the binary protocol, or, when
 * {@code useServerPrepStmts=false}, interpolated on the client with escaped literals.
 */
final class SingleStoreStatement implements Statement {

    private static final String DEFAULT_KEY_COLUMN = "LAST_INSERT_ID";

    private final ConnectionResources resources;
    private final BindValues values;
    private final ParsedSql sql;
    private final List<Object[]> bindings = new ArrayList<>();
    private Object[] current;
    private boolean addedLast;
    private String generatedKeys;
    private int fetchSize;

    SingleStoreStatement(ConnectionResources resources, ParsedSql sql) {
        this.resources = resources;
        this.values = resources.bindValues();
        this.sql = sql;
    }

    @Override
    public SingleStoreStatement add() {
        this.bindings.add(this.sql.requireBound(current()));
        this.current = null;
        this.addedLast = true;
        return this;
    }

    @Override
    public SingleStoreStatement bind(int index, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("value must not be null; use bindNull(" + index + ", type)");
        }
        set(index, this.values.encode(value, this.sql, index));
        return this;
    }

    @Override
    public SingleStoreStatement bind(String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("value must not be null; use bindNull(\"" + name + "\", type)");
        }
        Object encoded = this.values.encode(value, name);
        for (int index : this.sql.bindIndexes(name)) {
            set(index, encoded);
        }
        return this;
    }

    @Override
    public SingleStoreStatement bindNull(int index, Class<?> type) {
        set(index, this.values.nullOf(type));
        return this;
    }

    @Override
    public SingleStoreStatement bindNull(String name, Class<?> type) {
        Parameter parameter = this.values.nullOf(type);
        for (int index : this.sql.bindIndexes(name)) {
            set(index, parameter);
        }
        return this;
    }

    @Override
    public SingleStoreStatement returnGeneratedValues(String... columns) {
        if (columns == null) {
            throw new IllegalArgumentException("columns must not be null");
        }
        this.generatedKeys = columns.length > 0 ? columns[0] : DEFAULT_KEY_COLUMN;
        return this;
    }

    @Override
    public SingleStoreStatement fetchSize(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("fetchSize must not be negative, got " + rows);
        }
        this.fetchSize = rows;
        return this;
    }

    @Override
    public Flux<SingleStoreResult> execute() {
        List<Object[]> runs = bindingsToRun();
        StatementInterceptor interceptor;
        try {
            interceptor = this.resources.interceptorFor(this.sql.getSql());
        } catch (RuntimeException e) {
            return Flux.error(ExceptionFactory.interceptorFailure(e, this.sql.getSql()));
        }
        if (interceptor != null) {
            return intercepted(interceptor, runs);
        }
        if (runs.isEmpty()) {
            return this.resources.executeText(this.sql.getSql(), this.generatedKeys);
        }
        if (runs.size() == 1) {
            List<Parameter[]> ready = resolvedNow(runs);
            if (ready != null) {
                Parameter[] parameters = ready.get(0);
                return Flux.defer(() -> runOnce(parameters));
            }
            return this.values.resolve(runs.get(0), this.sql).flatMapMany(this::runOnce);
        }
        List<Parameter[]> ready = resolvedNow(runs);
        if (ready != null) {
            return Flux.defer(() -> runBatch(ready));
        }
        return Flux.fromIterable(runs).concatMap(this::resolve).collectList().flatMapMany(this::runBatch);
    }

    /**
     * Runs the statement on the client, through the interceptor that handles it: once, or once per binding with the
     * bound values written into the SQL as literals.
     */
    private Flux<SingleStoreResult> intercepted(StatementInterceptor interceptor, List<Object[]> runs) {
        String written = this.sql.getSql();
        if (runs.isEmpty()) {
            return this.resources.intercepted(interceptor, written, written, null);
        }
        return Flux.fromIterable(runs).concatMap(this::resolve).concatMap(parameters ->
            this.resources.intercepted(interceptor, literalSql(parameters), written, parameters));
    }

    /** @return the statement with {@code parameters} written into it as SQL literals */
    private String literalSql(Parameter[] parameters) {
        ByteBuf text = Unpooled.buffer(this.sql.getSql().length() + 16 * parameters.length);
        try {
            this.sql.interpolate(text, parameters, this.resources.context().noBackslashEscapes());
            return text.toString(StandardCharsets.UTF_8);
        } finally {
            text.release();
        }
    }

    private Mono<Parameter[]> resolve(Object[] binding) {
        return this.values.resolve(binding, this.sql);
    }

    private Flux<SingleStoreResult> runBatch(List<Parameter[]> bindings) {
        BulkInsert.Plan bulk = bulkPlan(bindings);
        if (bulk != null) {
            return runBulk(bulk, bindings.get(0).length);
        }
        BatchInsert insert = this.resources.settings().get(SingleStoreOptions.REWRITE_BATCHED_INSERTS)
            ? BatchInsert.of(this.sql, bindings.size()) : null;
        return insert != null ? runRewritten(insert, bindings) : runEach(bindings);
    }

    /**
     * @return the bindings as parameters when every value is already encoded (the common case: no Blob, Clob or
     * non-finite number to resolve), without going through a publisher per binding; else {@code null}
     */
    private static List<Parameter[]> resolvedNow(List<Object[]> runs) {
        List<Parameter[]> bindings = new ArrayList<>(runs.size());
        for (Object[] binding : runs) {
            if (binding.getClass() != Parameter[].class) {
                return null;
            }
            bindings.add((Parameter[]) binding);
        }
        return bindings;
    }

    private List<Object[]> bindingsToRun() {
        if (this.current != null) {
            this.bindings.add(this.sql.requireBound(this.current));
            this.current = null;
        } else if (this.addedLast) {
            throw new IllegalStateException("add() was called without binding values afterwards");
        }
        if (this.bindings.isEmpty() && this.sql.getParameterCount() > 0) {
            throw new IllegalStateException("The statement has " + this.sql.getParameterCount()
                + " bind markers but no values were bound");
        }
        List<Object[]> runs = new ArrayList<>(this.bindings);
        this.bindings.clear();
        this.addedLast = false;
        return runs;
    }

    private boolean serverPrepared() {
        return this.resources.settings().get(SingleStoreOptions.USE_SERVER_PREP_STMTS);
    }

    /**
     * @return the bulk commands when the bindings go out as MariaDB's {@code COM_STMT_BULK_EXECUTE}:
     * {@code useBulkStmts} and {@code useServerPrepStmts} are on, the server announced the command, and the
     * statement and values fit ({@link BulkInsert#plan}); else {@code null}
     */
    private BulkInsert.Plan bulkPlan(List<Parameter[]> bindings) {
        Settings settings = this.resources.settings();
        if (!settings.get(SingleStoreOptions.USE_BULK_STMTS) || !settings.get(SingleStoreOptions.USE_SERVER_PREP_STMTS)
            || !this.resources.context().has(Capabilities.MARIADB_STMT_BULK_OPERATIONS)) {
            return null;
        }
        long maxBytes = Math.min(this.resources.context().getMaxAllowedPacket(), 16L * 1024 * 1024);
        return BulkInsert.plan(this.sql, bindings, maxBytes);
    }

    /**
     * Executes the statement once per binding, pipelining the executions; results come in binding order.
     */
    private Flux<SingleStoreResult> runEach(List<Parameter[]> bindings) {
        int concurrency = this.resources.settings().get(SingleStoreOptions.PIPELINE_LIMIT);
        if (!serverPrepared()) {
            return Flux.fromIterable(bindings).flatMapSequential(parameters -> this.resources.results(
                this.resources.client().exchange(interpolated(this.sql, parameters), ResponseDecoder.Mode.TEXT_RESULT),
                this.sql.getSql(), this.generatedKeys, parameters), concurrency);
        }
        return this.resources.preparedStatements().acquire(this.sql.getServerSql()).flatMapMany(handle -> {
            for (Parameter[] parameters : bindings) {
                if (handle.parameterCount() != parameters.length) {
                    handle.release();
                    return Flux.error(new IllegalArgumentException("The server counts " + handle.parameterCount()
                        + " parameters in the statement, but " + parameters.length + " were bound"));
                }
            }
            return Flux.fromIterable(bindings).flatMapSequential(parameters -> this.resources.results(
                    this.resources.client().exchange(new ExecuteMessage(handle.statementId(), parameters,
                        handle.columns()), ResponseDecoder.Mode.BINARY_RESULT), this.sql.getSql(), this.generatedKeys,
                    parameters), concurrency)
                .doFinally(signal -> handle.release());
        });
    }

    /**
     * Executes the statement with one binding (the common case), without the machinery of batches.
     */
    private Flux<SingleStoreResult> runOnce(Parameter[] parameters) {
        if (!serverPrepared()) {
            return this.resources.results(this.resources.client().exchange(interpolated(this.sql, parameters),
                ResponseDecoder.Mode.TEXT_RESULT), this.sql.getSql(), this.generatedKeys, parameters);
        }
        PreparedStatementCache.Handle cached = this.resources.preparedStatements().acquireCached(
            this.sql.getServerSql());
        if (cached != null) {
            return executePrepared(cached, parameters);
        }
        return this.resources.preparedStatements().acquire(this.sql.getServerSql())
            .flatMapMany(handle -> executePrepared(handle, parameters));
    }

    private Flux<SingleStoreResult> executePrepared(PreparedStatementCache.Handle handle, Parameter[] parameters) {
        if (handle.parameterCount() != parameters.length) {
            handle.release();
            return Flux.error(new IllegalArgumentException("The server counts " + handle.parameterCount()
                + " parameters in the statement, but " + parameters.length + " were bound"));
        }
        return this.resources.results(this.resources.client().exchange(
                new ExecuteMessage(handle.statementId(), parameters, handle.columns()), ResponseDecoder.Mode.BINARY_RESULT)
            .doFinally(signal -> handle.release()), this.sql.getSql(), this.generatedKeys, parameters);
    }

    private InterpolatedQueryMessage interpolated(ParsedSql statement, Parameter[] parameters) {
        return new InterpolatedQueryMessage(statement, parameters, this.resources.context().noBackslashEscapes());
    }

    /**
     * Runs the bindings as multi-row INSERTs and reports one result per binding. After a chunk fails, the
     * remaining chunks are not sent.
     */
    private Flux<SingleStoreResult> runRewritten(BatchInsert insert, List<Parameter[]> bindings) {
        long maxBytes = Math.min(this.resources.context().getMaxAllowedPacket(), 16L * 1024 * 1024);
        List<BatchInsert.Chunk> chunks = insert.chunks(bindings, maxBytes, serverPrepared(),
            this.resources.context().noBackslashEscapes());
        java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
        return Flux.fromIterable(chunks).concatMap(chunk -> failed.get() ? Flux.<SingleStoreResult>empty()
            : chunkMessages(chunk).collectList().flatMapIterable(messages -> perBinding(messages, chunk.rows(),
                failed)));
    }

    /**
     * Runs the bindings as bulk commands of the prepared statement and reports one result per binding, as
     * {@link #runRewritten} does. After a command fails, the remaining commands are not sent.
     */
    private Flux<SingleStoreResult> runBulk(BulkInsert.Plan plan, int parameterCount) {
        PreparedStatementCache.Handle cached = this.resources.preparedStatements().acquireCached(
            this.sql.getServerSql());
        if (cached != null) {
            return runBulk(cached, plan, parameterCount);
        }
        return this.resources.preparedStatements().acquire(this.sql.getServerSql())
            .flatMapMany(handle -> runBulk(handle, plan, parameterCount));
    }

    private Flux<SingleStoreResult> runBulk(PreparedStatementCache.Handle handle, BulkInsert.Plan plan,
                                            int parameterCount) {
        if (handle.parameterCount() != parameterCount) {
            handle.release();
            return Flux.error(new IllegalArgumentException("The server counts " + handle.parameterCount()
                + " parameters in the statement, but " + parameterCount + " were bound"));
        }
        java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
        List<List<Parameter[]>> commands = plan.commands();
        if (commands.size() == 1) {
            return bulkCommand(plan, handle, 0, failed).doFinally(signal -> handle.release());
        }
        return Flux.range(0, commands.size()).concatMap(command -> failed.get() ? Flux.<SingleStoreResult>empty()
                : bulkCommand(plan, handle, command, failed))
            .doFinally(signal -> handle.release());
    }

    private Flux<SingleStoreResult> bulkCommand(BulkInsert.Plan plan, PreparedStatementCache.Handle handle,
                                                int command, java.util.concurrent.atomic.AtomicBoolean failed) {
        List<Parameter[]> rows = plan.commands().get(command);
        return bulkMessages(plan.message(handle.statementId(), command), rows).collectList()
            .flatMapIterable(messages -> perBinding(messages, rows.size(), failed));
    }

    private Flux<ServerMessage> bulkMessages(BulkExecuteMessage message, List<Parameter[]> rows) {
        Parameter[] logged = this.resources.settings().get(SingleStoreOptions.LOG_QUERY_PARAMETERS) ? flatten(rows) : null;
        return this.resources.logged(this.resources.client().exchange(message, ResponseDecoder.Mode.BINARY_RESULT),
            this.sql.getSql(), logged);
    }

    private static Parameter[] flatten(List<Parameter[]> rows) {
        int perRow = rows.get(0).length;
        Parameter[] flat = new Parameter[rows.size() * perRow];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(rows.get(r), 0, flat, r * perRow, perRow);
        }
        return flat;
    }

    private Flux<ServerMessage> chunkMessages(BatchInsert.Chunk chunk) {
        if (!serverPrepared()) {
            return this.resources.logged(this.resources.client().exchange(interpolated(chunk.sql(),
                chunk.parameters()), ResponseDecoder.Mode.TEXT_RESULT), chunk.sql().getSql(), chunk.parameters());
        }
        return this.resources.preparedStatements().acquire(chunk.sql().getServerSql()).flatMapMany(handle ->
            this.resources.logged(this.resources.client().exchange(new ExecuteMessage(handle.statementId(),
                    chunk.parameters(), handle.columns()), ResponseDecoder.Mode.BINARY_RESULT).doFinally(signal -> handle.release()),
                chunk.sql().getSql(), chunk.parameters()));
    }

    private List<SingleStoreResult> perBinding(List<ServerMessage> messages, int rows,
                                               java.util.concurrent.atomic.AtomicBoolean failed) {
        List<SingleStoreResult> results = new ArrayList<>(rows);
        for (ServerMessage message : messages) {
            if (message instanceof OkMessage) {
                OkMessage ok = (OkMessage) message;
                // one row per binding; generated ids count up from the first; the warnings go with the first binding;
                // without generated ids, the bindings share one immutable OK
                OkMessage withoutKey = ok.getLastInsertId() == 0 ? new OkMessage(1, 0, ok.getStatus(), 0) : null;
                for (int i = 0; i < rows; i++) {
                    boolean shared = withoutKey != null && (i > 0 || ok.getWarnings() == 0);
                    OkMessage one = shared ? withoutKey : new OkMessage(1, withoutKey != null ? 0
                        : ok.getLastInsertId() + i, ok.getStatus(), i == 0 ? ok.getWarnings() : 0);
                    results.add(result(one));
                }
            } else if (message instanceof ErrorMessage) {
                failed.set(true);
                results.add(result(message));
            } else {
                ReferenceCountUtil.release(message);
            }
        }
        return results;
    }

    private SingleStoreResult result(ServerMessage message) {
        if (message instanceof OkMessage && this.generatedKeys == null) {
            return SingleStoreResult.ofCount((OkMessage) message, this.resources.codecs(), this.resources.context(),
                this.sql.getSql());
        }
        return SingleStoreResult.of(Flux.just(message), this.resources.codecs(), this.resources.context(),
            this.sql.getSql(), this.generatedKeys);
    }

    /**
     * @return the binding being built: a {@code Parameter[]} while every value in it is already encoded (so that
     * {@link #resolvedNow} takes it as it is), an {@code Object[]} once a value waits to be resolved at execution
     */
    private Object[] current() {
        if (this.current == null) {
            this.current = new Parameter[this.sql.getParameterCount()];
        }
        this.addedLast = false;
        return this.current;
    }

    private void set(int index, Object value) {
        if (index < 0 || index >= this.sql.getParameterCount()) {
            throw new IndexOutOfBoundsException("Bind index " + index + " is out of range: the statement has "
                + this.sql.getParameterCount() + " bind markers");
        }
        Object[] binding = current();
        if (!(value instanceof Parameter) && binding.getClass() == Parameter[].class) {
            binding = Arrays.copyOf(binding, binding.length, Object[].class);
            this.current = binding;
        }
        binding[index] = value;
    }



    @Override
    public String toString() {
        return "SingleStoreStatement{sql='" + this.sql.getSql() + "', fetchSize=" + this.fetchSize + '}';
    }
}
