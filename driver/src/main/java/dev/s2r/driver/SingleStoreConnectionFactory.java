/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.internal.util.Assert;
import dev.s2r.driver.api.HaMode;
import dev.s2r.driver.api.HostAndPort;
import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.api.SslMode;
import dev.s2r.driver.api.Transport;
import dev.s2r.driver.internal.client.TcpConnector;
import dev.s2r.driver.internal.codec.Codecs;
import dev.s2r.driver.internal.codec.DefaultCodecs;
import dev.s2r.driver.internal.connect.HostConnector;
import dev.s2r.driver.internal.connect.HostDenyList;
import dev.s2r.driver.internal.connect.LoginFlow;
import dev.s2r.driver.internal.connect.SessionSetup;
import dev.s2r.driver.internal.http.DataApiClient;
import dev.s2r.driver.internal.options.OptionResolver;
import dev.s2r.driver.internal.options.Settings;
import dev.s2r.driver.internal.transport.SslContexts;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.handler.ssl.SslContext;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Creates connections to SingleStore (or another MySQL-protocol server) from a
 * {@link SingleStoreConnectionConfiguration}. Each {@link #create()} opens a new TCP connection: pool them with
 * r2dbc-pool. With several hosts, each new connection picks one as the {@link HaMode} says; an open connection is
 * never moved to another host (no transparent failover of sessions or transactions). The TLS context is built once
 * per factory, off the event loop, when the first connection needs it.
 */
public final class SingleStoreConnectionFactory implements ConnectionFactory {

    private static final ConnectionFactoryMetadata METADATA = () -> "SingleStore";

    private final SingleStoreConnectionConfiguration configuration;
    private final Settings settings;
    private final Codecs codecs = DefaultCodecs.create();
    private final HostConnector hosts;
    /** The TLS context (empty when TLS is off): built once on success; a failure is retried by the next create. */
    private final Mono<Optional<SslContext>> tls;
    /** The Data API client when the transport is the Data API (built once, off the event loop), else null. */
    private final Mono<DataApiClient> dataApi;

    private SingleStoreConnectionFactory(SingleStoreConnectionConfiguration configuration, HostDenyList denyList) {
        this.configuration = Assert.requireNonNull(configuration, "configuration");
        this.settings = configuration.settings();
        this.settings.checkDataApi();
        this.hosts = new HostConnector(this.settings, denyList);
        this.tls = Mono.fromCallable(() -> Optional.ofNullable(SslContexts.create(this.settings)))
            .subscribeOn(Schedulers.boundedElastic())
            .cache(context -> Duration.ofMillis(Long.MAX_VALUE), error -> Duration.ZERO,
                () -> Duration.ZERO);
        Transport transport = this.settings.transport();
        this.dataApi = !transport.isDataApi() ? null : Mono.fromCallable(() -> dataApiClient(transport))
            .subscribeOn(Schedulers.boundedElastic())
            .cache(client -> Duration.ofMillis(Long.MAX_VALUE), error -> Duration.ZERO, () -> Duration.ZERO);
    }

    /**
     * A class missing from the class path (a dependency left out of an application's build) is a {@link LinkageError},
     * which Reactor rethrows instead of signalling: turned into an exception here, it fails {@code create()} rather
     * than leaving it waiting forever.
     */
    private DataApiClient dataApiClient(Transport transport) {
        try {
            SslMode mode = httpsMode(this.settings);
            return DataApiClient.create(this.settings, transport == Transport.HTTPS
                ? SslContexts.create(this.settings, mode, true) : null, mode == SslMode.VERIFY_IDENTITY);
        } catch (LinkageError e) {
            throw new IllegalStateException("The Data API transport cannot start: " + e
                + " (is a reactor-netty-http or netty dependency excluded from the build?)", e);
        }
    }

    /**
     * HTTPS verifies the server's certificate and name as HTTP clients do: {@code PREFERRED} (the default, which over
     * the MySQL protocol means "TLS if the server has it") has no meaning for HTTPS, which always has it, and
     * verifies; {@code VERIFY_CA} and {@code REQUIRED} lower the checks on request.
     */
    private static SslMode httpsMode(Settings settings) {
        SslMode mode = settings.get(SingleStoreOptions.SSL_MODE);
        if (mode == SslMode.PREFERRED) {
            return SslMode.VERIFY_IDENTITY;
        }
        if (mode == SslMode.DISABLED && settings.transport() == Transport.HTTPS) {
            throw new IllegalArgumentException("sslMode=DISABLED contradicts the https transport; use http");
        }
        return mode;
    }

    static SingleStoreConnectionFactory from(SingleStoreConnectionConfiguration configuration, HostDenyList denyList) {
        return new SingleStoreConnectionFactory(configuration, denyList);
    }

    /**
     * @param configuration the connection settings
     * @return a factory of connections with those settings
     */
    public static SingleStoreConnectionFactory from(SingleStoreConnectionConfiguration configuration) {
        return new SingleStoreConnectionFactory(configuration, HostDenyList.global());
    }

    /**
     * A factory configured from {@code SINGLESTOREDB_*} environment variables alone (for example
     * {@code SINGLESTOREDB_URL}), as the Python SDK's {@code connect()} without arguments.
     *
     * @return the factory
     * @throws IllegalArgumentException when the environment names no server or holds a malformed value
     */
    public static SingleStoreConnectionFactory fromEnvironment() {
        return fromEnvironment(System::getenv);
    }

    /**
     * As {@link #fromEnvironment()}, reading variables through {@code environment}.
     *
     * @param environment returns the value of a variable, or {@code null} when it is unset
     * @return the factory
     */
    public static SingleStoreConnectionFactory fromEnvironment(Function<String, String> environment) {
        return SingleStoreConnectionFactoryProvider.create(OptionResolver.resolve(Map.of(), environment));
    }

    /** @return the settings of this factory's connections */
    public SingleStoreConnectionConfiguration getConfiguration() {
        return this.configuration;
    }

    @Override
    public Mono<dev.s2r.driver.api.SingleStoreConnection> create() {
        if (this.dataApi != null) {
            return this.dataApi.map(client -> new DataApiConnection(client, this.settings, this.codecs));
        }
        return this.tls.flatMap(ssl -> {
            String socket = this.settings.get(SingleStoreOptions.SOCKET);
            if (socket != null) {
                return connect(new DomainSocketAddress(socket), null, ssl.orElse(null), true);
            }
            return this.hosts.connect(host -> connect(InetSocketAddress.createUnresolved(host.host(), host.port()),
                host, ssl.orElse(null), true));
        });
    }

    /**
     * Opens a side connection (no session set-up) to the host of a connection, e.g. for {@code KILL QUERY}.
     *
     * @param host the host, or {@code null} for the first one (or the Unix socket)
     * @return the connection, subscribed off the caller's event loop
     */
    Mono<SingleStoreConnection> createSide(HostAndPort host) {
        return this.tls.flatMap(ssl -> {
            String socket = this.settings.get(SingleStoreOptions.SOCKET);
            HostAndPort target = host != null || socket != null ? host : this.settings.hosts().get(0);
            SocketAddress address = target != null
                ? InetSocketAddress.createUnresolved(target.host(), target.port()) : new DomainSocketAddress(socket);
            return connect(address, target, ssl.orElse(null), false);
        }).cast(SingleStoreConnection.class).subscribeOn(Schedulers.boundedElastic());
    }

    private Mono<dev.s2r.driver.api.SingleStoreConnection> connect(SocketAddress address, HostAndPort host,
                                                                  SslContext ssl, boolean setUp) {
        Settings settings = this.settings;
        return TcpConnector.connect(address, settings.get(SingleStoreOptions.CONNECT_TIMEOUT),
                settings.get(SingleStoreOptions.TCP_NO_DELAY), settings.get(SingleStoreOptions.TCP_KEEP_ALIVE),
                settings.get(SingleStoreOptions.PIPELINE_LIMIT), settings.get(SingleStoreOptions.MAX_MESSAGE_SIZE))
            .onErrorMap(e -> !(e instanceof R2dbcException), e -> connectError(host, e))
            .doOnNext(client -> {
                client.setSocketTimeout(settings.get(SingleStoreOptions.SOCKET_TIMEOUT));
                client.setUnreadResultTimeout(settings.get(SingleStoreOptions.UNREAD_RESULT_TIMEOUT),
                    settings.get(SingleStoreOptions.UNREAD_RESULT_BUFFER_SIZE));
            })
            .flatMap(client -> LoginFlow.login(client, settings, ssl, host)
                .then(setUp ? Mono.defer(() -> SessionSetup.run(client, settings)) : Mono.<Void>empty())
                .then(Mono.fromCallable(() -> new SingleStoreConnection(new ConnectionResources(client, settings,
                    this.codecs, host, this::createSide), setUp)))
                .flatMap(connection -> setUp ? applyTimeouts(connection)
                    : Mono.<dev.s2r.driver.api.SingleStoreConnection>just(connection))
                // the whole login (greeting, TLS, authentication, session set-up) is bounded, as the TCP connect is:
                // a server that accepts and never answers must not hold create() (and a pool's acquire) forever
                .timeout(settings.get(SingleStoreOptions.CONNECT_TIMEOUT), Mono.defer(() -> Mono.error(
                    loginTimeout(host, settings.get(SingleStoreOptions.CONNECT_TIMEOUT)))))
                .onErrorResume(e -> client.close().then(Mono.error(e))));
    }

    private Mono<dev.s2r.driver.api.SingleStoreConnection> applyTimeouts(SingleStoreConnection connection) {
        Mono<Void> steps = Mono.empty();
        Duration statementTimeout = this.settings.get(SingleStoreOptions.STATEMENT_TIMEOUT);
        if (statementTimeout != null) {
            steps = steps.then(connection.setStatementTimeout(statementTimeout));
        }
        Duration lockWaitTimeout = this.settings.get(SingleStoreOptions.LOCK_WAIT_TIMEOUT);
        if (lockWaitTimeout != null) {
            steps = steps.then(connection.setLockWaitTimeout(lockWaitTimeout));
        }
        return steps.thenReturn(connection);
    }

    private R2dbcException loginTimeout(HostAndPort host, Duration timeout) {
        String target = host == null ? "socket " + this.settings.get(SingleStoreOptions.SOCKET) : host.toString();
        return new R2dbcTimeoutException("Cannot connect to " + target + ": the server did not complete the login "
            + "within connectTimeout (" + timeout + ")", "08001", 0);
    }

    private R2dbcException connectError(HostAndPort host, Throwable e) {
        String target = host == null ? "socket " + this.settings.get(SingleStoreOptions.SOCKET) : host.toString();
        return new R2dbcNonTransientResourceException("Cannot connect to " + target + ": " + e.getMessage(), "08001",
            0, (String) null, e);
    }

    @Override
    public ConnectionFactoryMetadata getMetadata() {
        return METADATA;
    }

    @Override
    public String toString() {
        return "SingleStoreConnectionFactory{" + this.configuration + '}';
    }
}
