/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.client.LoginFlow;
import dev.s2r.driver.client.ReactorNettyClient;
import dev.s2r.driver.client.SessionSetup;
import dev.s2r.driver.client.SslContexts;
import dev.s2r.driver.codec.Codecs;
import dev.s2r.driver.codec.DefaultCodecs;
import io.netty.handler.ssl.SslContext;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Creates connections to SingleStore (or another MySQL-protocol server) from a
 * {@link SingleStoreConnectionConfiguration}. Each {@link #create()} opens a new TCP connection: pool them with
 * r2dbc-pool.
 */
public final class SingleStoreConnectionFactory implements ConnectionFactory {

    private static final ConnectionFactoryMetadata METADATA = () -> "SingleStore";

    private final SingleStoreConnectionConfiguration configuration;
    private final Codecs codecs = DefaultCodecs.create();
    private final Duration statementTimeout;
    private final Duration lockWaitTimeout;

    private SingleStoreConnectionFactory(SingleStoreConnectionConfiguration configuration, Duration statementTimeout,
                                         Duration lockWaitTimeout) {
        this.configuration = Objects.requireNonNull(configuration, "configuration must not be null");
        this.statementTimeout = statementTimeout;
        this.lockWaitTimeout = lockWaitTimeout;
    }

    /**
     * @param configuration the connection settings
     * @return the factory
     */
    public static SingleStoreConnectionFactory from(SingleStoreConnectionConfiguration configuration) {
        return new SingleStoreConnectionFactory(configuration, null, null);
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
        return new SingleStoreConnectionFactory(configuration, statementTimeout, lockWaitTimeout);
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

    @Override
    public Mono<dev.s2r.driver.api.SingleStoreConnection> create() {
        return Mono.defer(() -> {
            SslContext ssl = SslContexts.create(this.configuration);
            java.net.SocketAddress address = this.configuration.getSocket() != null
                ? new io.netty.channel.unix.DomainSocketAddress(this.configuration.getSocket())
                : InetSocketAddress.createUnresolved(this.configuration.getHost(), this.configuration.getPort());
            return ReactorNettyClient.connect(address, this.configuration.getConnectTimeout(),
                    this.configuration.isTcpNoDelay(), this.configuration.isTcpKeepAlive(),
                    this.configuration.getPipelineLimit(), this.configuration.getMaxMessageSize())
                .onErrorMap(e -> !(e instanceof R2dbcException), this::connectError)
                .doOnNext(client -> client.setSocketTimeout(this.configuration.getSocketTimeout()))
                .flatMap(client -> LoginFlow.login(client, this.configuration, ssl)
                    .then(Mono.defer(() -> SessionSetup.run(client, this.configuration)))
                    .then(Mono.fromCallable(() -> new SingleStoreConnection(client, this.configuration, this.codecs)))
                    .flatMap(this::applyTimeouts)
                    .onErrorResume(e -> client.close().then(Mono.error(e))));
        });
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

    private R2dbcException connectError(Throwable e) {
        String target = this.configuration.getSocket() != null ? "socket " + this.configuration.getSocket()
            : this.configuration.getHost() + ":" + this.configuration.getPort();
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
