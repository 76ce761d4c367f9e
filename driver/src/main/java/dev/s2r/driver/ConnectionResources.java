/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.api.HostAndPort;
import dev.s2r.driver.api.ServerFlavor;
import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.api.StatementInterceptor;
import dev.s2r.driver.api.StatementTimeoutMode;
import dev.s2r.driver.internal.client.Capabilities;
import dev.s2r.driver.internal.client.Client;
import dev.s2r.driver.internal.client.ConnectionContext;
import dev.s2r.driver.internal.client.KillSwitch;
import dev.s2r.driver.internal.codec.Codecs;
import dev.s2r.driver.internal.codec.Parameter;
import dev.s2r.driver.internal.connect.SessionSetup;
import dev.s2r.driver.internal.message.client.QueryMessage;
import dev.s2r.driver.internal.message.server.ResponseDecoder;
import dev.s2r.driver.internal.message.server.ServerMessage;
import dev.s2r.driver.internal.options.Settings;
import dev.s2r.driver.internal.sql.ParsedSql;
import dev.s2r.driver.internal.statement.AnswerDeadline;
import dev.s2r.driver.internal.statement.BindValues;
import dev.s2r.driver.internal.statement.ClientResults;
import dev.s2r.driver.internal.statement.LocalInfile;
import dev.s2r.driver.internal.statement.PreparedStatementCache;
import dev.s2r.driver.internal.statement.QueryLog;
import dev.s2r.driver.internal.statement.QueryObserver;
import dev.s2r.driver.internal.transport.ExceptionFactory;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.ReferenceCounted;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Everything a connection's statements, batches and results share, in one object that they hold instead of reaching
 * through the connection: the transport client, the settings, the codecs, the caches (prepared statements, parsed
 * SQL), the statement timeout in force, the data registered for {@code LOAD DATA LOCAL INFILE}, and the way a
 * statement's response becomes R2DBC results (query log, observation, client timeout, result splitting).
 */
final class ConnectionResources {

    private static final org.slf4j.Logger LOGGER = org.slf4j.LoggerFactory.getLogger(SingleStoreConnection.class);

    private final Client client;
    private final Settings settings;
    private final Codecs codecs;
    private final HostAndPort host;
    private final Function<HostAndPort, Mono<SingleStoreConnection>> sideOpener;
    private final PreparedStatementCache preparedStatements;
    private final QueryObserver observer;
    private final BindValues bindValues;
    /** Data registered for LOAD DATA LOCAL INFILE by name, each used once. */
    private final Map<String, Publisher<ByteBuffer>> localInfileSources = new ConcurrentHashMap<>();
    /** Parsed SQL of recent statements (bounded LRU): parsing is a linear scan, but lookups repeat the same text. */
    private final LinkedHashMap<String, ParsedSql> parsedSql = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ParsedSql> eldest) {
            return size() > 256;
        }
    };
    private volatile Duration statementTimeout = Duration.ZERO;
    private SingleStoreConnection connection;

    /**
     * @param host       the host connected to, or {@code null} for a Unix domain socket
     * @param sideOpener opens a side connection to a host (for {@code KILL QUERY})
     */
    ConnectionResources(Client client, Settings settings, Codecs codecs, HostAndPort host,
                        Function<HostAndPort, Mono<SingleStoreConnection>> sideOpener) {
        this.client = client;
        this.settings = settings;
        this.codecs = codecs;
        this.host = host;
        this.sideOpener = sideOpener;
        this.preparedStatements = new PreparedStatementCache(client, settings.get(SingleStoreOptions.PREPARE_CACHE_SIZE));
        this.observer = QueryObserver.of(settings);
        this.bindValues = new BindValues(codecs, client.getContext(), settings);
        if (client instanceof dev.s2r.driver.internal.client.ReactorNettyClient) {
            ((dev.s2r.driver.internal.client.ReactorNettyClient) client).setCancelKill(
                settings.get(SingleStoreOptions.CANCEL_KILL_THRESHOLD), this::killCurrentQuery);
        }
    }

    /** @param connection the connection these resources belong to, which interceptors are handed */
    void bind(SingleStoreConnection connection) {
        this.connection = connection;
    }

    BindValues bindValues() {
        return this.bindValues;
    }

    HostAndPort host() {
        return this.host;
    }

    Duration statementTimeout() {
        return this.statementTimeout;
    }

    void statementTimeout(Duration timeout) {
        this.statementTimeout = timeout;
    }

    Map<String, Publisher<ByteBuffer>> localInfileSources() {
        return this.localInfileSources;
    }

    /**
     * Stops the query this connection is running, from a side connection: {@code KILL QUERY id} (on SingleStore
     * with the aggregator id). Errors are logged, not raised: the cancelled response is drained either way.
     */
    private void killCurrentQuery(Runnable done) {
        ConnectionContext ctx = context();
        String sql = "KILL QUERY " + ctx.getConnectionId()
            + (ctx.getFlavor() == ServerFlavor.SINGLESTORE && ctx.getAggregatorId() >= 0 ? " " + ctx.getAggregatorId()
            : "");
        this.sideOpener.apply(this.host)
            .flatMap(side -> side.run(sql).then(Mono.from(side.close()))
                .onErrorResume(e -> Mono.from(side.close()).then(Mono.error(e))))
            .doFinally(signal -> done.run())
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
        List<StatementInterceptor> interceptors = this.settings.statementInterceptors();
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
        return Flux.defer(() -> this.client.isConnected() ? Flux.from(interceptor.execute(sql, this.connection))
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
        // a window cancelled early (one row taken of each result of a CALL) discards its rest through this context
        return timed.windowUntil(SingleStoreResult::endsResult)
            .doOnDiscard(ReferenceCounted.class, ReferenceCountUtil::release)
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


    ParsedSql parse(String sql) {
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
}
