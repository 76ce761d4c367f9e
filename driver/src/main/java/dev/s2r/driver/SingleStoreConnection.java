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
import dev.s2r.driver.internal.util.Utf8;
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

    private final ConnectionResources resources;
    private final Client client;
    /** What {@link #unwrap()} returns: a plain view of this connection, made once. */
    private final ConnectionView view = new ConnectionView(this);
    private final Accessors accessors;
    private volatile IsolationLevel isolationLevel;

    /**
     * @param resources what this connection's statements share; bound to this connection here
     * @param session   whether it is an application's session (logged), not a side connection for KILL QUERY
     */
    SingleStoreConnection(ConnectionResources resources, boolean session) {
        this.resources = resources;
        this.client = resources.client();
        resources.bind(this);
        this.accessors = new Accessors(sql -> resources.executeText(sql, null),
            () -> context().noBackslashEscapes());
        this.isolationLevel = context().getFlavor() == ServerFlavor.SINGLESTORE
            ? IsolationLevel.READ_COMMITTED : IsolationLevel.REPEATABLE_READ;
        if (session) {
            LOGGER.debug("{} Connected to {} {}", this.client.logPrefix(), context().getFlavor(),
                context().getEngineVersion());
        }
    }

    ConnectionResources resources() {
        return this.resources;
    }

    private ConnectionContext context() {
        return this.client.getContext();
    }

    /**
     * Runs SQL and ignores any rows; fails on a server error.
     *
     * @param sql the SQL
     * @return completes when the server answered
     */
    Mono<Void> run(String sql) {
        return this.resources.run(sql);
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
        int lone = Utf8.loneSurrogate(name);
        if (lone >= 0) {
            throw new IllegalArgumentException(Utf8.loneSurrogateMessage("Savepoint name", name, lone));
        }
        return '`' + name.replace("`", "``") + '`';
    }

    @Override
    public SingleStoreBatch createBatch() {
        return new SingleStoreBatch(this.resources);
    }

    @Override
    public SingleStoreStatement createStatement(String sql) {
        if (sql == null) {
            throw new IllegalArgumentException("sql must not be null");
        }
        return new SingleStoreStatement(this.resources, this.resources.parse(sql));
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
            this.resources.statementTimeout(timeout);
            if (this.resources.settings().get(SingleStoreOptions.STATEMENT_TIMEOUT_MODE) == StatementTimeoutMode.CLIENT) {
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

    @Override
    public void localInfileSource(String name, org.reactivestreams.Publisher<java.nio.ByteBuffer> data) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("name must not be empty");
        }
        if (data == null) {
            throw new IllegalArgumentException("data must not be null");
        }
        this.resources.localInfileSources().put(name, data);
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
                .then(Mono.defer(() -> SessionSetup.run(this.client, this.resources.settings())))
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
        this.resources.preparedStatements().invalidateAll();
        this.resources.statementTimeout(Duration.ZERO);
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
        return this.resources.host();
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
        return "SingleStoreConnection{" + (this.resources.host() == null ? "socket " + this.resources.settings().get(SingleStoreOptions.SOCKET) : this.resources.host())
            + ", " + this.client + '}';
    }
}
