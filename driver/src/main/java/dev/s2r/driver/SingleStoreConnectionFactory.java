/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.api.HostAndPort;
import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.internal.connect.HostConnector;
import dev.s2r.driver.internal.connect.HostDenyList;
import dev.s2r.driver.internal.connect.LoginFlow;
import dev.s2r.driver.internal.client.ReactorNettyClient;
import dev.s2r.driver.internal.connect.SessionSetup;
import dev.s2r.driver.internal.client.SslContexts;
import dev.s2r.driver.internal.codec.Codecs;
import dev.s2r.driver.internal.codec.DefaultCodecs;
import io.netty.handler.ssl.SslContext;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Creates connections to SingleStore (or another MySQL-protocol server) from a
 * {@link SingleStoreConnectionConfiguration}. Each {@link #create()} opens a new TCP connection: pool them with
 * r2dbc-pool. With several hosts, each new connection picks one as the {@link HaMode} says; an open connection is
 * never moved to another host (no transparent failover of sessions or transactions).
 */
public final class SingleStoreConnectionFactory implements ConnectionFactory {

    private static final ConnectionFactoryMetadata METADATA = () -> "SingleStore";

    private final SingleStoreConnectionConfiguration configuration;
    private final Codecs codecs = DefaultCodecs.create();
    private final Duration statementTimeout;
    private final Duration lockWaitTimeout;

    private final HostConnector hosts;

    private SingleStoreConnectionFactory(SingleStoreConnectionConfiguration configuration, Duration statementTimeout,
                                         Duration lockWaitTimeout, HostDenyList denyList) {
        this.configuration = Objects.requireNonNull(configuration, "configuration must not be null");
        this.statementTimeout = statementTimeout;
        this.lockWaitTimeout = lockWaitTimeout;
        this.hosts = new HostConnector(configuration, denyList);
    }

    /**
     * A factory with its own deny list instead of the JVM-wide one (tests).
     *
     * @param configuration the connection settings
     * @param denyList      the hosts to skip
     * @return the factory
     */
    static SingleStoreConnectionFactory from(SingleStoreConnectionConfiguration configuration, HostDenyList denyList) {
        return new SingleStoreConnectionFactory(configuration, null, null, denyList);
    }

    /**
     * @param configuration the connection settings
     * @return the factory
     */
    public static SingleStoreConnectionFactory from(SingleStoreConnectionConfiguration configuration) {
        return new SingleStoreConnectionFactory(configuration, null, null, HostDenyList.global());
    }

    /**
     * Creates a factory from the {@code SINGLESTOREDB_*} environment variables of this process alone; for example
     * {@code SINGLESTOREDB_URL=singlestoredb://user:password@host:3306/db} is enough. Equivalent to
     * {@code ConnectionFactories.get("r2dbc:singlestore:///")}.
     *
     * @return the factory
     * @throws IllegalArgumentException when the environment names no host or user, or holds a malformed value
     * @see SingleStoreOptions
     */
    public static SingleStoreConnectionFactory fromEnvironment() {
        return fromEnvironment(System::getenv);
    }

    /**
     * As {@link #fromEnvironment()}, reading variables through {@code environment} (tests pass a map's {@code get}).
     *
     * @param environment returns the value of a variable, or {@code null} when it is unset
     * @return the factory
     */
    public static SingleStoreConnectionFactory fromEnvironment(Function<String, String> environment) {
        return SingleStoreConnectionFactoryProvider.create(SingleStoreOptions.resolve(Map.of(), environment));
    }

    static SingleStoreConnectionFactory from(SingleStoreConnectionConfiguration configuration,
                                             Duration statementTimeout, Duration lockWaitTimeout) {
        return new SingleStoreConnectionFactory(configuration, statementTimeout, lockWaitTimeout,
            HostDenyList.global());
    }

    /** @return the statement timeout set on each new connection, or {@code null} */
    Duration getStatementTimeout() {
        return this.statementTimeout;
    }

    /** @return the lock wait timeout set on each new connection, or {@code null} */
    Duration getLockWaitTimeout() {
        return this.lockWaitTimeout;
    }

    /** @return the configuration */
    public SingleStoreConnectionConfiguration getConfiguration() {
        return this.configuration;
    }

    /**
     * Opens a new connection. With several hosts, they are tried as {@link HaMode} says, skipping hosts that failed
     * recently (see {@link SingleStoreConnectionConfiguration#getHostDenyDuration()}); with a Unix domain socket,
     * the socket is used and the hosts are not.
     *
     * @return the connection, or an error: when every host fails to connect, an
     * {@link R2dbcNonTransientResourceException} (SQLSTATE 08001) naming each host and its failure
     */
    @Override
    public Mono<dev.s2r.driver.api.SingleStoreConnection> create() {
        return Mono.defer(() -> {
            SslContext ssl = SslContexts.create(this.configuration);
            if (this.configuration.getSocket() != null) {
                return connect(new io.netty.channel.unix.DomainSocketAddress(this.configuration.getSocket()),
                    this.configuration, null, ssl, true);
            }
            return this.hosts.connect(host -> connect(InetSocketAddress.createUnresolved(host.host(), host.port()),
                this.configuration, host, ssl, true));
        });
    }

    /**
     * Opens a side connection to the given host for {@code KILL QUERY}: logged in, but without the session set-up
     * ({@code initSql}, {@code sessionVariables}, timeouts), which must not run again for a kill. Subscribed on a
     * worker thread, because building the TLS context may read key files and the kill is started from an event loop.
     *
     * @param host the host of the connection whose query is killed, or {@code null} for the configured socket
     * @return the connection
     */
    Mono<SingleStoreConnection> createSide(HostAndPort host) {
        return Mono.defer(() -> {
            SslContext ssl = SslContexts.create(this.configuration);
            HostAndPort target = host != null || this.configuration.getSocket() != null ? host
                : this.configuration.getHosts().get(0);
            java.net.SocketAddress address = target != null
                ? InetSocketAddress.createUnresolved(target.host(), target.port())
                : new io.netty.channel.unix.DomainSocketAddress(this.configuration.getSocket());
            return connect(address, this.configuration, target, ssl, false);
        }).cast(SingleStoreConnection.class).subscribeOn(Schedulers.boundedElastic());
    }

    private Mono<dev.s2r.driver.api.SingleStoreConnection> connect(java.net.SocketAddress address,
                                                                  SingleStoreConnectionConfiguration configuration,
                                                                  HostAndPort host, SslContext ssl,
                                                                  boolean setUp) {
        return ReactorNettyClient.connect(address, configuration.getConnectTimeout(),
                configuration.isTcpNoDelay(), configuration.isTcpKeepAlive(),
                configuration.getPipelineLimit(), configuration.getMaxMessageSize())
            .onErrorMap(e -> !(e instanceof R2dbcException), e -> connectError(configuration, host, e))
            .doOnNext(client -> client.setSocketTimeout(configuration.getSocketTimeout()))
            .flatMap(client -> LoginFlow.login(client, configuration, ssl, host)
                .then(setUp ? Mono.defer(() -> SessionSetup.run(client, configuration)) : Mono.<Void>empty())
                .then(Mono.fromCallable(() -> new SingleStoreConnection(client, configuration, this.codecs, host)))
                .flatMap(connection -> setUp ? applyTimeouts(connection)
                    : Mono.<dev.s2r.driver.api.SingleStoreConnection>just(connection))
                .onErrorResume(e -> client.close().then(Mono.error(e))));
    }

    private Mono<dev.s2r.driver.api.SingleStoreConnection> applyTimeouts(SingleStoreConnection connection) {
        Mono<Void> steps = Mono.empty();
        if (this.statementTimeout != null) {
            steps = steps.then(connection.setStatementTimeout(this.statementTimeout));
        }
        if (this.lockWaitTimeout != null) {
            steps = steps.then(connection.setLockWaitTimeout(this.lockWaitTimeout));
        }
        return steps.thenReturn(connection);
    }

    private static R2dbcException connectError(SingleStoreConnectionConfiguration configuration, HostAndPort host,
                                               Throwable e) {
        String target = host == null ? "socket " + configuration.getSocket() : host.toString();
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
