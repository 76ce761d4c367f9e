/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;

import java.time.Duration;
import java.util.Objects;

/**
 * A starter (shared tier) workspace, a "virtual workspace" of the API ({@code SharedTierVirtualWorkspace},
 * singlestore-server.md §1.5). It has no state: the API answers for it or does not. Its endpoint is
 * {@code host:port} (python-sdk-audit.md "Management"), and a connection to it must name its database: the shared
 * tier refuses statements without one (error 1046), so {@link #connectionFactory(String, String)} always sets it.
 *
 * @param virtualWorkspaceID its id
 * @param name               its name
 * @param databaseName       its one database
 * @param endpoint           its SQL endpoint, {@code host:port}
 * @param mysqlDmlPort       the port of its SQL endpoint, when the API gives it
 * @param websocketPort      the port of its WebSocket endpoint, when the API gives it
 * @param projectID          the id of its project
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StarterWorkspace(String virtualWorkspaceID, String name, String databaseName, String endpoint,
                               Integer mysqlDmlPort, Integer websocketPort, String projectID) {

    /**
     * The options of a connection to this workspace's endpoint with the s2r driver: host and port from the endpoint
     * (else {@code mysqlDmlPort}, else 3306), and its database.
     *
     * @param user     a user of the workspace (see {@code StarterWorkspaces.createUser})
     * @param password the user's password
     * @return the options; their {@code toString()} hides the password
     * @throws IllegalStateException when the workspace has no endpoint or no database name
     */
    public ConnectionFactoryOptions connectionOptions(String user, String password) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (this.endpoint == null || this.endpoint.isBlank()) {
            throw new IllegalStateException("Starter workspace " + this.virtualWorkspaceID + " has no endpoint");
        }
        if (this.databaseName == null || this.databaseName.isBlank()) {
            throw new IllegalStateException("Starter workspace " + this.virtualWorkspaceID + " has no database name:"
                + " the shared tier needs one (error 1046)");
        }
        String host = this.endpoint.trim();
        int port = this.mysqlDmlPort == null ? Workspace.SQL_PORT : this.mysqlDmlPort;
        int colon = host.lastIndexOf(':');
        if (colon > 0 && host.indexOf(':') == colon) {
            port = Integer.parseInt(host.substring(colon + 1));
            host = host.substring(0, colon);
        }
        return ConnectionFactoryOptions.builder()
            .option(ConnectionFactoryOptions.DRIVER, "singlestore")
            .option(ConnectionFactoryOptions.HOST, host)
            .option(ConnectionFactoryOptions.PORT, port)
            .option(ConnectionFactoryOptions.DATABASE, this.databaseName)
            .option(ConnectionFactoryOptions.USER, user)
            .option(ConnectionFactoryOptions.PASSWORD, password)
            .build();
    }

    /**
     * An R2DBC connection factory of the s2r driver to this workspace's database ({@link #connectionOptions}).
     * Nothing connects until a connection is created.
     *
     * @param user     a user of the workspace
     * @param password the user's password
     * @return the factory
     * @throws IllegalStateException when the workspace has no endpoint or no database name
     */
    public ConnectionFactory connectionFactory(String user, String password) {
        return ConnectionFactories.get(connectionOptions(user, password));
    }

    /**
     * As {@link #connectionFactory(String, String)}, with a bound on each connection's login.
     *
     * @param user           a user of the workspace
     * @param password       the user's password
     * @param connectTimeout the longest a connection's login may take
     * @return the factory
     * @throws IllegalStateException when the workspace has no endpoint or no database name
     */
    public ConnectionFactory connectionFactory(String user, String password, Duration connectTimeout) {
        return ConnectionFactories.get(connectionOptions(user, password).mutate()
            .option(ConnectionFactoryOptions.CONNECT_TIMEOUT, Objects.requireNonNull(connectTimeout,
                "connectTimeout"))
            .build());
    }
}
