/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.api.HostAndPort;
import dev.s2r.driver.api.ServerFlavor;
import dev.s2r.driver.api.ShowAccessor;
import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.api.VariableAccessor;
import dev.s2r.driver.api.StatementInterceptor;
import dev.s2r.driver.internal.codec.CodecContext;
import dev.s2r.driver.internal.codec.Codecs;
import dev.s2r.driver.internal.http.DataApiArgs;
import dev.s2r.driver.internal.http.DataApiClient;
import dev.s2r.driver.internal.http.DataApiStatements;
import dev.s2r.driver.internal.message.server.OkMessage;
import dev.s2r.driver.internal.message.server.ServerMessage;
import dev.s2r.driver.internal.options.Settings;
import dev.s2r.driver.internal.show.Accessors;
import dev.s2r.driver.internal.sql.ParsedSql;
import dev.s2r.driver.internal.statement.BindValues;
import dev.s2r.driver.internal.statement.ClientResults;
import dev.s2r.driver.internal.statement.QueryLog;
import dev.s2r.driver.internal.statement.QueryObserver;
import dev.s2r.driver.internal.transport.ExceptionFactory;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.ReferenceCounted;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.TransactionDefinition;
import io.r2dbc.spi.ValidationDepth;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The R2DBC connection over SingleStore's Data API: a logical connection, with no socket of its own, whose
 * statements each become one HTTP request of the factory's {@link DataApiClient}. The server keeps no session
 * between requests, so what needs one (transactions, savepoints, session variables, temporary tables, LOAD DATA
 * LOCAL INFILE) is refused with an error that says so; {@code USE db} changes the database of the connection's later
 * requests.
 */
final class DataApiConnection implements dev.s2r.driver.api.SingleStoreConnection {

    private final DataApiClient client;
    private final Settings settings;
    private final Codecs codecs;
    private final CodecContext context;
    private final Accessors accessors;
    private final QueryObserver observer;
    private final BindValues bindValues;
    private volatile String database;
    private volatile Duration statementTimeout;
    private volatile boolean closed;

    DataApiConnection(DataApiClient client, Settings settings, Codecs codecs) {
        this.client = client;
        this.settings = settings;
        this.codecs = codecs;
        ZoneId zone = settings.get(SingleStoreOptions.SERVER_ZONE_ID) == null ? ZoneId.of("UTC")
            : settings.get(SingleStoreOptions.SERVER_ZONE_ID);
        dev.s2r.driver.api.ZeroDateOption zeroDates = settings.get(SingleStoreOptions.ZERO_DATE_OPTION);
        this.context = new CodecContext() {
            @Override
            public ZoneId sessionZone() {
                return zone;
            }

            @Override
            public boolean noBackslashEscapes() {
                return false;
            }

            @Override
            public dev.s2r.driver.api.ZeroDateOption zeroDateOption() {
                return zeroDates;
            }
        };
        this.database = settings.get(SingleStoreOptions.DATABASE);
        Duration timeout = settings.get(SingleStoreOptions.STATEMENT_TIMEOUT);
        this.statementTimeout = timeout == null ? Duration.ZERO : timeout;
        this.accessors = new Accessors(sql -> createStatement(sql).execute(), () -> false);
        this.observer = QueryObserver.of(settings);
        this.bindValues = new BindValues(codecs, this.context, settings);
    }

    DataApiClient client() {
        return this.client;
    }

    Settings settings() {
        return this.settings;
    }

    Codecs codecs() {
        return this.codecs;
    }

    CodecContext context() {
        return this.context;
    }

    String database() {
        return this.database;
    }

    void database(String database) {
        this.database = database;
    }

    Duration statementTimeout() {
        return this.statementTimeout;
    }

    boolean isClosed() {
        return this.closed;
    }

    /**
     * Runs one statement: refuses what needs a session, answers {@code USE db} on the client, hands statements an
     * interceptor handles to it (once per binding, their values written into the SQL as literals), and sends the
     * others to the Data API.
     *
     * @param parsed        the statement as written
     * @param values        the bound values, in marker order ({@code null} for NULL)
     * @param generatedKeys the generated-keys column name, or {@code null}
     * @return its results
     */
    Flux<SingleStoreResult> execute(ParsedSql parsed, List<Object> values, String generatedKeys) {
        String sql = parsed.getSql();
        return Flux.defer(() -> {
            if (this.closed) {
                return Flux.error(ExceptionFactory.connectionClosed("Connection is closed", null));
            }
            StatementInterceptor interceptor;
            try {
                interceptor = interceptorFor(sql);
            } catch (RuntimeException e) {
                return Flux.error(ExceptionFactory.interceptorFailure(e, sql));
            }
            if (interceptor != null) {
                return intercepted(interceptor, parsed, values);
            }
            R2dbcException refused = DataApiStatements.refusal(parsed);
            if (refused != null) {
                return Flux.error(refused);
            }
            String database = DataApiStatements.usedDatabase(parsed);
            if (database != null) {
                this.database = database;
                return Flux.just(SingleStoreResult.ofCount(new OkMessage(0, 0, 0, 0), this.codecs, this.context,
                    sql));
            }
            String[] markers = new String[values.size()];
            List<Object> args = new ArrayList<>(values.size());
            boolean rewritten = false;
            for (int i = 0; i < markers.length; i++) {
                Object value = values.get(i);
                String literal = value == null ? null : DataApiArgs.literal(value);
                if (literal != null) {
                    markers[i] = literal;
                    rewritten = true;
                    continue;
                }
                if (value != null && DataApiArgs.isBinary(value)) {
                    markers[i] = "FROM_BASE64(?)";
                    rewritten = true;
                }
                args.add(value);
            }
            String serverSql = rewritten ? parsed.serverSql(markers) : parsed.getServerSql();
            Flux<ServerMessage> messages = this.client.execute(DataApiStatements.route(parsed), serverSql, args,
                this.database, this.context.sessionZone(), this.statementTimeout);
            messages = this.observer.observe(messages, sql);
            if (QueryLog.isEnabled()) {
                messages = QueryLog.log(messages, this.client::origin, sql, null, false);
            }
            return messages.windowUntil(SingleStoreResult::endsResult)
                .doOnDiscard(ReferenceCounted.class, ReferenceCountUtil::release)
                .map(window -> SingleStoreResult.of(window, this.codecs, this.context, sql, generatedKeys));
        });
    }

    /** A statement an interceptor answers, its bound values written into the SQL as the MySQL path writes them. */
    private Flux<SingleStoreResult> intercepted(StatementInterceptor interceptor, ParsedSql parsed, List<Object> values) {
        String sql = parsed.getSql();
        Mono<String> literal = Mono.just(sql);
        if (!values.isEmpty()) {
            Object[] binding = new Object[values.size()];
            for (int i = 0; i < binding.length; i++) {
                binding[i] = values.get(i) == null ? this.bindValues.nullOf(Object.class)
                    : this.bindValues.encode(values.get(i), parsed, i);
            }
            literal = this.bindValues.resolve(binding, parsed).map(parameters -> {
                ByteBuf text = Unpooled.buffer(sql.length() + 16 * parameters.length);
                try {
                    parsed.interpolate(text, parameters, false);
                    return text.toString(StandardCharsets.UTF_8);
                } finally {
                    text.release();
                }
            });
        }
        return literal.flatMapMany(text -> Flux.defer(() -> interceptor.execute(text, this))
                .onErrorMap(failure -> ExceptionFactory.interceptorFailure(failure, text))
                .map(result -> SingleStoreResult.of(ClientResults.messages(result, this.codecs, this.context),
                    this.codecs, this.context, text, null)));
    }

    private StatementInterceptor interceptorFor(String sql) {
        List<StatementInterceptor> interceptors = this.settings.statementInterceptors();
        for (int i = 0; i < interceptors.size(); i++) {
            if (interceptors.get(i).handles(sql)) {
                return interceptors.get(i);
            }
        }
        return null;
    }

    static R2dbcNonTransientResourceException noSession(String what) {
        return new R2dbcNonTransientResourceException(what + " needs a session, and the Data API keeps none between "
            + "requests (each statement may run on another server connection): use the MySQL protocol "
            + "(r2dbc:singlestore://) for it", "0A000", 0, (String) null);
    }

    @Override
    public Mono<Void> beginTransaction() {
        return Mono.error(noSession("A transaction"));
    }

    @Override
    public Mono<Void> beginTransaction(TransactionDefinition definition) {
        return Mono.error(noSession("A transaction"));
    }

    /** Every statement commits on its own: there is never a transaction to commit. */
    @Override
    public Mono<Void> commitTransaction() {
        return Mono.empty();
    }

    /** Every statement commits on its own: there is never a transaction to roll back. */
    @Override
    public Mono<Void> rollbackTransaction() {
        return Mono.empty();
    }

    @Override
    public Mono<Void> createSavepoint(String name) {
        return Mono.error(noSession("A savepoint"));
    }

    @Override
    public Mono<Void> releaseSavepoint(String name) {
        return Mono.error(noSession("A savepoint"));
    }

    @Override
    public Mono<Void> rollbackTransactionToSavepoint(String name) {
        return Mono.error(noSession("A savepoint"));
    }

    @Override
    public DataApiBatch createBatch() {
        return new DataApiBatch(this);
    }

    @Override
    public DataApiStatement createStatement(String sql) {
        if (sql == null) {
            throw new IllegalArgumentException("sql must not be null");
        }
        return new DataApiStatement(this, sql);
    }

    @Override
    public boolean isAutoCommit() {
        return true;
    }

    @Override
    public SingleStoreConnectionMetadata getMetadata() {
        return new SingleStoreConnectionMetadata(ServerFlavor.SINGLESTORE.productName(), "Data API "
            + this.settings.get(SingleStoreOptions.API_VERSION));
    }

    @Override
    public IsolationLevel getTransactionIsolationLevel() {
        return IsolationLevel.READ_COMMITTED;
    }

    @Override
    public Mono<Void> setAutoCommit(boolean autoCommit) {
        return autoCommit ? Mono.empty() : Mono.error(noSession("Turning auto-commit off"));
    }

    @Override
    public Mono<Void> setLockWaitTimeout(Duration timeout) {
        return Mono.error(noSession("A lock wait timeout"));
    }

    /** Bounds how long the server may take to start answering each later statement; zero waits forever. */
    @Override
    public Mono<Void> setStatementTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be zero or positive");
        }
        return Mono.fromRunnable(() -> this.statementTimeout = timeout);
    }

    @Override
    public Mono<Void> setTransactionIsolationLevel(IsolationLevel level) {
        return Mono.error(noSession("An isolation level"));
    }

    /** {@code LOCAL}: not closed; {@code REMOTE}: the server answers {@code GET /ping} with {@code pong}. */
    @Override
    public Mono<Boolean> validate(ValidationDepth depth) {
        if (depth == null) {
            throw new IllegalArgumentException("depth must not be null");
        }
        return Mono.defer(() -> this.closed ? Mono.just(false)
            : depth == ValidationDepth.LOCAL ? Mono.just(true) : this.client.ping());
    }

    @Override
    public Mono<Void> close() {
        return Mono.fromRunnable(() -> this.closed = true);
    }

    @Override
    public ServerFlavor getServerFlavor() {
        return ServerFlavor.SINGLESTORE;
    }

    @Override
    public HostAndPort getHost() {
        return this.settings.dataApiEndpoint();
    }

    /** @return 0: a Data API connection has no server connection of its own */
    @Override
    public long getConnectionId() {
        return 0;
    }

    @Override
    public int getAggregatorId() {
        return -1;
    }

    /** Nothing to reset: the Data API keeps no session. */
    @Override
    public Mono<Void> resetConnection() {
        return Mono.empty();
    }

    @Override
    public ShowAccessor show() {
        return this.accessors.show();
    }

    @Override
    public VariableAccessor locals() {
        return this.accessors.locals();
    }

    @Override
    public VariableAccessor globals() {
        return this.accessors.globals();
    }

    @Override
    public VariableAccessor clusterLocals() {
        return this.accessors.clusterLocals();
    }

    @Override
    public VariableAccessor clusterGlobals() {
        return this.accessors.clusterGlobals();
    }

    @Override
    public void localInfileSource(String name, Publisher<ByteBuffer> data) {
        throw new UnsupportedOperationException("LOAD DATA LOCAL INFILE needs the MySQL protocol "
            + "(r2dbc:singlestore://): the Data API cannot stream a file to the server");
    }

    @Override
    public String toString() {
        return "DataApiConnection{" + this.client.origin() + ", database=" + this.database + '}';
    }
}
