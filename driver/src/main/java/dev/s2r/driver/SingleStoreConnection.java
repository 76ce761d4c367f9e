/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.internal.options.Settings;
import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.api.HostAndPort;
import dev.s2r.driver.api.StatementTimeoutMode;
import dev.s2r.driver.internal.connect.Versions;
import dev.s2r.driver.internal.statement.AnswerDeadline;
import dev.s2r.driver.internal.statement.ClientResults;
import dev.s2r.driver.internal.statement.LocalInfile;
import dev.s2r.driver.internal.statement.PreparedStatementCache;
import dev.s2r.driver.internal.statement.QueryLog;
import dev.s2r.driver.internal.statement.QueryObserver;
import dev.s2r.driver.api.ClientResult;
import dev.s2r.driver.api.ServerFlavor;
import dev.s2r.driver.api.ShowAccessor;
import dev.s2r.driver.api.StatementInterceptor;
import dev.s2r.driver.api.VariableAccessor;
import dev.s2r.driver.internal.client.Client;
import dev.s2r.driver.internal.client.Capabilities;
import dev.s2r.driver.internal.client.ConnectionContext;
import dev.s2r.driver.internal.transport.ExceptionFactory;
import dev.s2r.driver.internal.connect.SessionSetup;
import dev.s2r.driver.internal.client.KillSwitch;
import dev.s2r.driver.internal.codec.Codecs;
import dev.s2r.driver.internal.codec.Parameter;
import dev.s2r.driver.internal.message.client.QueryMessage;
import dev.s2r.driver.internal.message.client.SimpleCommand;
import dev.s2r.driver.internal.message.server.ErrorMessage;
import dev.s2r.driver.internal.message.server.ResponseDecoder;
import dev.s2r.driver.internal.message.server.ServerMessage;
import dev.s2r.driver.internal.show.Accessors;
import dev.s2r.driver.internal.sql.ParsedSql;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.TransactionDefinition;
import io.r2dbc.spi.ValidationDepth;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Locale;

/**
 * The R2DBC connection over the MySQL protocol.
 */
final class SingleStoreConnection implements dev.s2r.driver.api.SingleStoreConnection,
    io.r2dbc.spi.Wrapped<io.r2dbc.spi.Connection> {

    private static final org.slf4j.Logger LOGGER = org.slf4j.LoggerFactory.getLogger(SingleStoreConnection.class);

    private final Client client;
    private final HostAndPort host;
    private final java.util.function.Function<HostAndPort, Mono<SingleStoreConnection>> sideOpener;
    /** What {@link #unwrap()} returns: a plain view of this connection, made once. */
    private final ConnectionView view = new ConnectionView(this);
    private final Settings settings;
    private final Codecs codecs;
    private final PreparedStatementCache preparedStatements;
    private final Accessors accessors;
    private volatile IsolationLevel isolationLevel;
    private volatile Duration statementTimeout = Duration.ZERO;
    private final QueryObserver observer;
    /** Parsed SQL of recent statements (bounded LRU): parsing is a linear scan, but lookups repeat the same text. */
    private final java.util.LinkedHashMap<String, ParsedSql> parsedSql = new java.util.LinkedHashMap<>(64, 0.75f,
        true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, ParsedSql> eldest) {
            return size() > 256;
        }
    };

    /**
     * @param host       the host connected to, or {@code null} for a Unix domain socket
     * @param sideOpener opens a side connection to a host (for {@code KILL QUERY})
     */
    SingleStoreConnection(Client client, Settings settings, Codecs codecs, HostAndPort host,
                          java.util.function.Function<HostAndPort, Mono<SingleStoreConnection>> sideOpener) {
        this.host = host;
        this.sideOpener = sideOpener;
        this.client = client;
        this.settings = settings;
        this.codecs = codecs;
        this.preparedStatements = new PreparedStatementCache(client, settings.get(SingleStoreOptions.PREPARE_CACHE_SIZE));
        this.observer = QueryObserver.of(settings);
        this.accessors = new Accessors(sql -> executeText(sql, null), () -> context().noBackslashEscapes());
        this.isolationLevel = context().getFlavor() == ServerFlavor.SINGLESTORE
            ? IsolationLevel.READ_COMMITTED : IsolationLevel.REPEATABLE_READ;
        LOGGER.debug("{} Connected to {} {}", client.logPrefix(), context().getFlavor(),
            context().getEngineVersion());
        if (client instanceof dev.s2r.driver.internal.client.ReactorNettyClient) {
            ((dev.s2r.driver.internal.client.ReactorNettyClient) client).setCancelKill(settings.get(SingleStoreOptions.CANCEL_KILL_THRESHOLD),
                this::killCurrentQuery);
        }
    }

    /**
     * Stops the query this connection is running, from a side connection: {@code KILL QUERY id} (on SingleStore
     * with the aggregator id). Errors are logged, not raised: the cancelled response is drained either way.
     */
    private void killCurrentQuery() {
        ConnectionContext ctx = context();
        String sql = "KILL QUERY " + ctx.getConnectionId()
            + (ctx.getFlavor() == ServerFlavor.SINGLESTORE && ctx.getAggregatorId() >= 0 ? " " + ctx.getAggregatorId()
            : "");
        this.sideOpener.apply(this.host)
            .flatMap(side -> side.run(sql).then(Mono.from(side.close()))
                .onErrorResume(e -> Mono.from(side.close()).then(Mono.error(e))))
            .subscribe(v -> { }, e -> LOGGER.debug("{} KILL QUERY failed: {}", this.client.logPrefix(),
                e.toString()));
    }

    Client client() {
        return this.client;
    }

    ConnectionContext context() {
        return this.client.getContext();
    }

    Codecs codecs() {
        return this.codecs;
    }

    Settings settings() {
        return this.settings;
    }

    PreparedStatementCache preparedStatements() {
        return this.preparedStatements;
    }

    boolean multiStatementsEnabled() {
        return context().has(Capabilities.MULTI_STATEMENTS);
    }

    /**
     * Runs SQL without parameters over the text protocol.
     *
     * @param sql           the SQL
     * @param generatedKeys the generated-keys column name, or {@code null}
     * @return the results
     */
    Flux<SingleStoreResult> executeText(String sql, String generatedKeys) {
        boolean localFile = LocalInfile.mayRequestFile(sql);
        return results(this.client.exchange(new QueryMessage(sql, localFile), ResponseDecoder.Mode.TEXT_RESULT), sql,
            generatedKeys);
    }

    /**
     * @param sql a statement as written
     * @return the first of the configured interceptors that handles it, or {@code null} when it goes to the server
     */
    StatementInterceptor interceptorFor(String sql) {
        java.util.List<StatementInterceptor> interceptors = this.settings.statementInterceptors();
        for (int i = 0; i < interceptors.size(); i++) {
            if (interceptors.get(i).handles(sql)) {
                return interceptors.get(i);
            }
        }
        return null;
    }

    /**
     * Runs a statement through the interceptor that handles it: nothing is sent to the server, and each published
     * {@link ClientResult} becomes a result decoded by this connection's codecs. The statement is in the query log
     * as any other. On a closed connection it fails as any statement does, without running.
     *
     * @param interceptor the interceptor
     * @param sql         the statement with its bound values as literals
     * @param written     the statement as written, for errors and the query log
     * @param parameters  the bound values, for the query log, or {@code null}
     * @return the results
     */
    Flux<SingleStoreResult> intercepted(StatementInterceptor interceptor, String sql, String written,
                                        Parameter[] parameters) {
        return Flux.defer(() -> this.client.isConnected() ? Flux.from(interceptor.execute(sql, this))
                : Flux.error(ExceptionFactory.connectionClosed("Connection is closed", null)))
            .onErrorMap(failure -> ExceptionFactory.interceptorFailure(failure, written))
            .map(result -> SingleStoreResult.of(logged(ClientResults.messages(result, this.codecs, context()),
                written, parameters), this.codecs, context(), written, null));
    }

    /**
     * Splits a response into results and applies the statement timeout.
     *
     * @param messages      the response
     * @param sql           the SQL, for errors
     * @param generatedKeys the generated-keys column name, or {@code null}
     * @return the results
     */
    Flux<SingleStoreResult> results(Flux<ServerMessage> messages, String sql, String generatedKeys) {
        return results(messages, sql, generatedKeys, null);
    }

    /**
     * Splits a response into results, logs the statement and applies the statement timeout.
     *
     * @param messages      the response
     * @param sql           the SQL, for errors
     * @param generatedKeys the generated-keys column name, or {@code null}
     * @param parameters    the bound values, for the query log, or {@code null}
     * @return the results
     */
    Flux<SingleStoreResult> results(Flux<ServerMessage> messages, String sql, String generatedKeys,
                                    Parameter[] parameters) {
        Flux<ServerMessage> timed = LocalInfile.mayRequestFile(sql)
            ? LocalInfile.answer(messages, this.client, this.settings.get(SingleStoreOptions.ALLOW_LOAD_LOCAL_INFILE_IN_PATH), sql,
                this.localInfileSources::remove)
            : messages;
        timed = this.observer.observe(timed, sql);
        timed = logged(timed, sql, parameters);
        timed = withClientTimeout(timed, sql);
        if (singleResult(sql)) {
            return new SingleResultFlux(timed, response -> SingleStoreResult.of(response, this.codecs, context(), sql,
                generatedKeys));
        }
        return timed.windowUntil(SingleStoreResult::endsResult)
            .map(window -> SingleStoreResult.of(window, this.codecs, context(), sql, generatedKeys));
    }

    /**
     * @param response   a statement's response
     * @param sql        the SQL
     * @param parameters the bound values, or {@code null}
     * @return the response, in the query log ({@link QueryLog}) when it is on
     */
    Flux<ServerMessage> logged(Flux<ServerMessage> response, String sql, Parameter[] parameters) {
        if (!QueryLog.isEnabled()) {
            return response;
        }
        return QueryLog.log(response, this.client::logPrefix, sql, parameters,
            this.settings.get(SingleStoreOptions.LOG_QUERY_PARAMETERS));
    }

    /** @return whether the statement timeout is a client timer rather than a server variable */
    private boolean clientTimer() {
        return this.settings.get(SingleStoreOptions.STATEMENT_TIMEOUT_MODE) == StatementTimeoutMode.CLIENT
            || context().getFlavor() == ServerFlavor.SINGLESTORE;
    }

    /**
     * Fails a statement whose first row (or end, or error) has not arrived within the timeout with
     * {@code R2dbcTimeoutException}, after asking for its query to be killed: cancelling the response then sends
     * {@code KILL QUERY} from a side connection, so the connection is free again as soon as the server stops. Column
     * metadata, which servers send before they run the query, does not stop the timer; once the first row has arrived,
     * the rest of the response streams at the subscriber's pace, untimed. The timeout in force when the statement is
     * subscribed applies.
     */
    private Flux<ServerMessage> withClientTimeout(Flux<ServerMessage> response, String sql) {
        if (!clientTimer()) {
            return response;
        }
        return Flux.defer(() -> {
            Duration timeout = this.statementTimeout;
            if (timeout.isZero()) {
                return response;
            }
            KillSwitch killSwitch = new KillSwitch();
            // metadata before the first row, end or error keeps the clock running; once the statement has
            // answered, later results (of a CALL, of several statements) stream untimed
            return new AnswerDeadline(response, this.client.eventLoop(), timeout, killSwitch::arm,
                () -> ExceptionFactory.timeout("Statement did not answer within " + timeout, sql))
                .contextWrite(context -> context.put(KillSwitch.KEY, killSwitch));
        });
    }

    /**
     * @param sql the SQL
     * @return whether its response can hold only one result: neither several statements nor a procedure call
     */
    private boolean singleResult(String sql) {
        ParsedSql parsed = parse(sql);
        if (parsed.isMultiStatement()) {
            return false;
        }
        int i = 0;
        while (i < sql.length() && (Character.isWhitespace(sql.charAt(i)) || sql.charAt(i) == '(')) {
            i++;
        }
        return !sql.regionMatches(true, i, "CALL", 0, 4);
    }

    /**
     * Runs SQL and ignores any rows; fails on a server error.
     *
     * @param sql the SQL
     * @return completes when the server answered
     */
    Mono<Void> run(String sql) {
        return SessionSetup.completion(logged(this.client.exchange(new QueryMessage(sql),
            ResponseDecoder.Mode.TEXT_RESULT), sql, null), sql);
    }

    @Override
    public Mono<Void> beginTransaction() {
        return run("START TRANSACTION");
    }

    @Override
    public Mono<Void> beginTransaction(TransactionDefinition definition) {
        if (definition == null) {
            throw new IllegalArgumentException("definition must not be null");
        }
        Mono<Void> steps = Mono.empty();
        IsolationLevel level = definition.getAttribute(TransactionDefinition.ISOLATION_LEVEL);
        if (level != null) {
            steps = steps.then(run("SET TRANSACTION ISOLATION LEVEL " + isolationSql(level)));
        }
        Duration lockWait = definition.getAttribute(TransactionDefinition.LOCK_WAIT_TIMEOUT);
        if (lockWait != null) {
            steps = steps.then(setLockWaitTimeout(lockWait));
        }
        Boolean readOnly = definition.getAttribute(TransactionDefinition.READ_ONLY);
        String start = readOnly == null ? "START TRANSACTION"
            : readOnly ? "START TRANSACTION READ ONLY" : "START TRANSACTION READ WRITE";
        return steps.then(run(start));
    }

    @Override
    public Mono<Void> commitTransaction() {
        return run("COMMIT");
    }

    @Override
    public Mono<Void> rollbackTransaction() {
        return run("ROLLBACK");
    }

    @Override
    public Mono<Void> createSavepoint(String name) {
        String savepoint = savepointName(name);
        return savepointsSupported().then(Mono.defer(() -> context().isInTransaction()
            ? Mono.<Void>empty() : beginTransaction())).then(run("SAVEPOINT " + savepoint));
    }

    @Override
    public Mono<Void> releaseSavepoint(String name) {
        String savepoint = savepointName(name);
        return savepointsSupported().then(run("RELEASE SAVEPOINT " + savepoint));
    }

    @Override
    public Mono<Void> rollbackTransactionToSavepoint(String name) {
        String savepoint = savepointName(name);
        return savepointsSupported().then(run("ROLLBACK TO SAVEPOINT " + savepoint));
    }

    private Mono<Void> savepointsSupported() {
        if (context().getFlavor() == ServerFlavor.SINGLESTORE) {
            return Mono.error(new R2dbcNonTransientResourceException("SingleStore does not support savepoints",
                "0A000", 0));
        }
        return Mono.empty();
    }

    private static String savepointName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("savepoint name must not be empty");
        }
        return '`' + name.replace("`", "``") + '`';
    }

    @Override
    public SingleStoreBatch createBatch() {
        return new SingleStoreBatch(this);
    }

    @Override
    public SingleStoreStatement createStatement(String sql) {
        if (sql == null) {
            throw new IllegalArgumentException("sql must not be null");
        }
        return new SingleStoreStatement(this, parse(sql));
    }

    private ParsedSql parse(String sql) {
        boolean noBackslashEscapes = context().noBackslashEscapes();
        synchronized (this.parsedSql) {
            ParsedSql parsed = this.parsedSql.get(sql);
            if (parsed != null && parsed.isNoBackslashEscapes() == noBackslashEscapes) {
                return parsed;
            }
        }
        ParsedSql parsed = ParsedSql.parse(sql, noBackslashEscapes);
        synchronized (this.parsedSql) {
            this.parsedSql.put(sql, parsed);
        }
        return parsed;
    }

    @Override
    public boolean isAutoCommit() {
        ConnectionContext ctx = context();
        return ctx.isAutoCommit() && !ctx.isInTransaction();
    }

    @Override
    public SingleStoreConnectionMetadata getMetadata() {
        return new SingleStoreConnectionMetadata(context().getFlavor().productName(), context().getEngineVersion());
    }

    @Override
    public IsolationLevel getTransactionIsolationLevel() {
        return this.isolationLevel;
    }

    @Override
    public Mono<Void> setAutoCommit(boolean autoCommit) {
        return run("SET autocommit=" + (autoCommit ? 1 : 0));
    }

    @Override
    public Mono<Void> setLockWaitTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be zero or positive");
        }
        long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
        String variable = context().getFlavor() == ServerFlavor.SINGLESTORE ? "lock_wait_timeout"
            : "innodb_lock_wait_timeout";
        return run("SET " + variable + "=" + seconds);
    }

    @Override
    public Mono<Void> setStatementTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be zero or positive");
        }
        return Mono.defer(() -> {
            this.statementTimeout = timeout;
            if (this.settings.get(SingleStoreOptions.STATEMENT_TIMEOUT_MODE) == StatementTimeoutMode.CLIENT) {
                return Mono.empty();
            }
            switch (context().getFlavor()) {
                case MARIADB:
                    return run(String.format(Locale.ROOT, "SET max_statement_time=%.3f", timeout.toMillis() / 1000.0));
                case MYSQL:
                    return run("SET max_execution_time=" + timeout.toMillis());
                default:
                    return Mono.empty();
            }
        });
    }

    @Override
    public Mono<Void> setTransactionIsolationLevel(IsolationLevel level) {
        if (level == null) {
            throw new IllegalArgumentException("level must not be null");
        }
        return run("SET SESSION TRANSACTION ISOLATION LEVEL " + isolationSql(level))
            .doOnSuccess(v -> this.isolationLevel = level);
    }

    private static String isolationSql(IsolationLevel level) {
        return level.asSql();
    }

    @Override
    public Mono<Boolean> validate(ValidationDepth depth) {
        if (depth == null) {
            throw new IllegalArgumentException("depth must not be null");
        }
        return Mono.defer(() -> {
            if (!this.client.isConnected()) {
                return Mono.just(false);
            }
            if (depth == ValidationDepth.LOCAL) {
                return Mono.just(true);
            }
            return this.client.exchange(SimpleCommand.PING, ResponseDecoder.Mode.SIMPLE)
                .all(message -> !(message instanceof ErrorMessage))
                .onErrorReturn(false);
        });
    }

    @Override
    public Mono<Void> close() {
        return this.client.close().doOnTerminate(() -> LOGGER.debug("{} Closed", this.client.logPrefix()));
    }

    @Override
    public ServerFlavor getServerFlavor() {
        return context().getFlavor();
    }

    @Override
    public long getConnectionId() {
        return context().getConnectionId();
    }

    @Override
    public int getAggregatorId() {
        return context().getAggregatorId();
    }

    /** Data registered for LOAD DATA LOCAL INFILE by name, each used once. */
    private final java.util.concurrent.ConcurrentHashMap<String, org.reactivestreams.Publisher<java.nio.ByteBuffer>>
        localInfileSources = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void localInfileSource(String name, org.reactivestreams.Publisher<java.nio.ByteBuffer> data) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("name must not be empty");
        }
        if (data == null) {
            throw new IllegalArgumentException("data must not be null");
        }
        this.localInfileSources.put(name, data);
    }

    @Override
    public Mono<Void> resetConnection() {
        return Mono.defer(() -> {
            if (!supportsReset()) {
                return Mono.error(new R2dbcNonTransientResourceException("COM_RESET_CONNECTION is not supported by "
                    + context().getFlavor().productName() + " " + context().getEngineVersion(), "0A000", 0));
            }
            return SessionSetup.completion(this.client.exchange(SimpleCommand.RESET_CONNECTION,
                    ResponseDecoder.Mode.SIMPLE), null)
                // the reset cleared the session: set it up again (time zone and extended types, sessionVariables,
                // initSql) as for a new connection
                .then(Mono.defer(() -> SessionSetup.run(this.client, this.settings)))
                .then(Mono.fromRunnable(this::afterReset));
        });
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

    private void afterReset() {
        this.preparedStatements.invalidateAll();
        this.statementTimeout = Duration.ZERO;
        this.isolationLevel = context().getFlavor() == ServerFlavor.SINGLESTORE
            ? IsolationLevel.READ_COMMITTED : IsolationLevel.REPEATABLE_READ;
    }

    private boolean supportsReset() {
        String version = context().getEngineVersion();
        switch (context().getFlavor()) {
            case SINGLESTORE:
                return Versions.atLeast(version, 7, 5, 2);
            case MARIADB:
                return Versions.atLeast(version, 10, 2, 4);
            default:
                return Versions.atLeast(version, 5, 7, 3);
        }
    }

    @Override
    public HostAndPort getHost() {
        return this.host;
    }

    /**
     * @return this session as a plain {@link io.r2dbc.spi.Connection} that is not itself wrapped (see
     * {@link ConnectionView}), so that loops which unwrap until the innermost connection end
     */
    @Override
    public io.r2dbc.spi.Connection unwrap() {
        return this.view;
    }

    /**
     * Besides this connection's own types, gives the connection's event loop as {@link java.util.concurrent.Executor}
     * (or {@link io.netty.channel.EventLoop}): r2dbc-pool then hands out the connection on that thread, so the first
     * command of a borrower is written without a thread hop.
     */
    @Override
    public <E> E unwrap(Class<E> targetClass) {
        if (targetClass.isInstance(this)) {
            return targetClass.cast(this);
        }
        io.netty.channel.EventLoop loop = this.client.eventLoop();
        if (targetClass.isInstance(loop) && (targetClass == java.util.concurrent.Executor.class
            || io.netty.channel.EventLoop.class.isAssignableFrom(targetClass))) {
            return targetClass.cast(loop);
        }
        return null;
    }

    @Override
    public String toString() {
        return "SingleStoreConnection{" + (this.host == null ? "socket " + this.settings.get(SingleStoreOptions.SOCKET) : this.host)
            + ", " + this.client + '}';
    }
}
