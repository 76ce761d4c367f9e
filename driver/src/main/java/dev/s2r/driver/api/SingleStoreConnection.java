/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

import io.r2dbc.spi.Connection;

/**
 * A connection to SingleStore (or another MySQL-protocol server) with the driver's extensions to the R2DBC
 * {@link Connection}.
 */
public interface SingleStoreConnection extends Connection {

    /**
     * @return the kind of server this connection talks to
     */
    ServerFlavor getServerFlavor();

    /**
     * @return the host and port this connection was opened to (with several hosts, the one picked when it was
     *     opened), or {@code null} for a connection through a Unix domain socket
     */
    dev.s2r.driver.api.HostAndPort getHost();

    /**
     * @return the server's id of this connection (as in {@code KILL} and the process list)
     */
    long getConnectionId();

    /**
     * @return SingleStore's {@code @@aggregator_id} of the aggregator this session is on, or -1 elsewhere
     */
    int getAggregatorId();

    /**
     * Resets the session with {@code COM_RESET_CONNECTION} (SingleStore 7.5.2+, MySQL 5.7.3+, MariaDB 10.2.4+):
     * rolls back an open transaction, drops temporary tables, user variables and server-prepared statements, and
     * restores session variables to their defaults, without a new login. On an older server it fails with
     * {@link io.r2dbc.spi.R2dbcNonTransientResourceException} (SQLSTATE 0A000).
     *
     * @return completes when the server has reset the session
     */
    reactor.core.publisher.Mono<Void> resetConnection();

    /**
     * @return an accessor that runs {@code SHOW} commands on this connection
     */
    ShowAccessor show();

    /**
     * @return the session variables of this connection ({@code SHOW LOCAL VARIABLES}, {@code SET SESSION})
     */
    VariableAccessor locals();

    /**
     * @return the server's global variables ({@code SHOW GLOBAL VARIABLES}, {@code SET GLOBAL})
     */
    VariableAccessor globals();

    /**
     * @return SingleStore's session variables on every node of the cluster ({@code SHOW CLUSTER LOCAL VARIABLES},
     *     {@code SET CLUSTER SESSION})
     */
    VariableAccessor clusterLocals();

    /**
     * @return SingleStore's global variables on every node of the cluster ({@code SHOW CLUSTER GLOBAL VARIABLES},
     *     {@code SET CLUSTER GLOBAL})
     */
    VariableAccessor clusterGlobals();

    /**
     * Registers the data for the next {@code LOAD DATA LOCAL INFILE '<name>'} on this connection, instead of a file:
     * when the server asks for {@code name}, the buffers of {@code data} are streamed to it, in order and as they
     * arrive (never collected first). The registration is used once. Data given this way is not subject to
     * {@code allowLoadLocalInfileInPath}, since the application hands it over explicitly, but the connection must
     * still allow LOCAL INFILE (the capability is requested only when {@code allowLoadLocalInfileInPath} is set).
     *
     * @param name the file name the statement uses
     * @param data the content
     */
    void localInfileSource(String name, org.reactivestreams.Publisher<java.nio.ByteBuffer> data);
}
