/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A workspace ({@code Workspace} of the spec, singlestore-server.md §1.5). Optional fields are {@code null} when
 * absent; the API's "zero" time {@code 0001-01-01T00:00:00Z} reads as {@code null}.
 *
 * @param workspaceID       its id
 * @param workspaceGroupID  the id of its group
 * @param name              its name
 * @param size              its size, e.g. {@code S-00}
 * @param state             {@code ACTIVE}, {@code PENDING}, {@code SUSPENDED}, {@code FAILED} or {@code TERMINATED}
 * @param createdAt         when it was created
 * @param endpoint          the host name of its SQL endpoint, once it has one
 * @param kaiEnabled        whether Kai (MongoDB API) is on
 * @param lastResumedAt     when it last resumed
 * @param terminatedAt      when it was terminated
 * @param deploymentType    {@code PRODUCTION} or {@code NON-PRODUCTION}
 * @param cacheConfig       its cache multiplier
 * @param scaleFactor       its scale factor
 * @param scalingProgress   how far a scaling has gone
 * @param autoScale         its autoscaling settings
 * @param autoSuspend       its auto-suspend settings
 * @param resumeAttachments the databases attached at the last resume; empty when absent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Workspace(String workspaceID, String workspaceGroupID, String name, String size, State state,
                        Instant createdAt, String endpoint, Boolean kaiEnabled, Instant lastResumedAt,
                        Instant terminatedAt, String deploymentType, Double cacheConfig, Double scaleFactor,
                        Double scalingProgress, AutoScale autoScale, AutoSuspend autoSuspend,
                        List<ResumeAttachment> resumeAttachments) {

    /** The MySQL-protocol port of a workspace endpoint that names none. */
    public static final int SQL_PORT = 3306;

    /** Copies the list. */
    public Workspace {
        resumeAttachments = resumeAttachments == null ? List.of() : List.copyOf(resumeAttachments);
    }

    /**
     * An R2DBC connection factory of the s2r driver to this workspace's endpoint (port 3306 unless the endpoint
     * names one, as {@code host:port}). Nothing connects until a connection is created.
     *
     * @param user     the database user
     * @param password the user's password
     * @return the factory
     * @throws IllegalStateException when the workspace has no endpoint yet
     */
    public ConnectionFactory connectionFactory(String user, String password) {
        return connectionFactory(user, password, null);
    }

    /**
     * As {@link #connectionFactory(String, String)}, with a bound on each connection's login.
     *
     * @param user           the database user
     * @param password       the user's password
     * @param connectTimeout the longest a connection's login may take; {@code null} for the driver's default
     * @return the factory
     * @throws IllegalStateException when the workspace has no endpoint yet
     */
    public ConnectionFactory connectionFactory(String user, String password, Duration connectTimeout) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (this.endpoint == null || this.endpoint.isBlank()) {
            throw new IllegalStateException("Workspace " + this.workspaceID + " has no endpoint (state " + this.state
                + ")");
        }
        String host = this.endpoint;
        int port = SQL_PORT;
        int colon = host.lastIndexOf(':');
        if (colon > 0 && host.indexOf(':') == colon) {
            port = Integer.parseInt(host.substring(colon + 1));
            host = host.substring(0, colon);
        }
        ConnectionFactoryOptions.Builder options = ConnectionFactoryOptions.builder()
            .option(ConnectionFactoryOptions.DRIVER, "singlestore")
            .option(ConnectionFactoryOptions.HOST, host)
            .option(ConnectionFactoryOptions.PORT, port)
            .option(ConnectionFactoryOptions.USER, user)
            .option(ConnectionFactoryOptions.PASSWORD, password);
        if (connectTimeout != null) {
            options.option(ConnectionFactoryOptions.CONNECT_TIMEOUT, connectTimeout);
        }
        return ConnectionFactories.get(options.build());
    }
}
