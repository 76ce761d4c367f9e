/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.internal.util.Assert;
import dev.s2r.driver.api.HaMode;
import dev.s2r.driver.api.SingleStoreOptions;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.ConnectionFactoryProvider;
import dev.s2r.driver.internal.options.OptionResolver;
import dev.s2r.driver.internal.options.Settings;

import java.util.function.Function;

/**
 * Discovers the driver for R2DBC URLs {@code r2dbc:singlestore://user:password@host:port/database?option=value}
 * and {@link ConnectionFactoryOptions} with driver {@code singlestore}. Several hosts are written
 * {@code r2dbc:singlestore://h1:3306,h2:3306/db}; the protocol slot picks the {@link HaMode}
 * ({@code r2dbc:singlestore:loadbalance://…}, {@code r2dbc:singlestore:sequential://…}). Every option is validated: an unknown
 * option or a malformed value fails with an {@link IllegalArgumentException} naming it (never its value when the
 * option is secret). Options not given are taken from {@code SINGLESTOREDB_*} environment variables; the options
 * themselves are declared in {@link SingleStoreOptions}. R2DBC's URL parser needs an authority, so the shortest URL
 * that relies on the environment alone is {@code r2dbc:singlestore:///}.
 */
public final class SingleStoreConnectionFactoryProvider implements ConnectionFactoryProvider {

    /** The driver name in URLs and options. */
    public static final String DRIVER = "singlestore";

    private final Function<String, String> environment;

    /**
     * Creates the provider R2DBC discovers; it reads {@code SINGLESTOREDB_*} variables from the process environment.
     */
    public SingleStoreConnectionFactoryProvider() {
        this(System::getenv);
    }

    /**
     * @param environment returns the value of an environment variable, or {@code null} when it is unset
     */
    public SingleStoreConnectionFactoryProvider(Function<String, String> environment) {
        this.environment = Assert.requireNonNull(environment, "environment");
    }

    /**
     * Creates a factory. Options are resolved by {@link SingleStoreOptions}: the given options (explicit) beat the
     * {@code url} option, which beats {@code SINGLESTOREDB_*} environment variables, which beat the defaults; so
     * options holding only {@code driver=singlestore} connect where {@code SINGLESTOREDB_URL} points.
     *
     * @param options the options
     * @return the factory
     * @throws IllegalArgumentException for an unknown option, a malformed value, a protocol, or no host or user
     */
    @Override
    public SingleStoreConnectionFactory create(ConnectionFactoryOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        checkProtocol(options.getValue(ConnectionFactoryOptions.PROTOCOL));
        return create(OptionResolver.resolve(options, this.environment));
    }

    /** The protocol slot names the HA mode ({@code r2dbc:singlestore:loadbalance://}); HTTP is kept for the Data API. */
    private static void checkProtocol(Object protocol) {
        if (protocol == null || protocol.toString().isEmpty()) {
            return;
        }
        if (!protocol.toString().equalsIgnoreCase("http") && !protocol.toString().equalsIgnoreCase("https")) {
            HaMode.ofProtocol(protocol.toString());
        }
    }

    static SingleStoreConnectionFactory create(Settings settings) {
        if (settings.source(SingleStoreOptions.HOST) == Settings.Source.DEFAULT) {
            throw new IllegalArgumentException("Option 'host' is required (or set SINGLESTOREDB_URL or "
                + "SINGLESTOREDB_HOST)");
        }
        if (settings.user() == null) {
            throw new IllegalArgumentException("Option 'user' is required (or set SINGLESTOREDB_URL or "
                + "SINGLESTOREDB_USER)");
        }
        return SingleStoreConnectionFactory.from(new SingleStoreConnectionConfiguration(settings));
    }

    @Override
    public boolean supports(ConnectionFactoryOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        Object driver = options.getValue(ConnectionFactoryOptions.DRIVER);
        return driver != null && DRIVER.equals(driver.toString());
    }

    @Override
    public String getDriver() {
        return DRIVER;
    }
}
