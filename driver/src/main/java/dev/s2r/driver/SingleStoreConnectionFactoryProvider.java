/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.api.CredentialType;
import dev.s2r.driver.api.HaMode;
import dev.s2r.driver.api.SingleStoreOptions;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.ConnectionFactoryProvider;
import io.r2dbc.spi.Option;

import java.util.Objects;
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

    /** TLS mode: DISABLED, PREFERRED (default), REQUIRED, VERIFY_CA, VERIFY_IDENTITY. */
    public static final Option<Object> SSL_MODE = Option.valueOf("sslMode");
    /** PEM file with the CA certificate(s) used by VERIFY_CA and VERIFY_IDENTITY. */
    public static final Option<Object> SSL_CA = Option.valueOf("sslCa");
    /** Whether parameterised statements are prepared on the server (default true). */
    public static final Option<Object> USE_SERVER_PREP_STMTS = Option.valueOf("useServerPrepStmts");
    /** Server-prepared statements cached per connection (default 256). */
    public static final Option<Object> PREPARE_CACHE_SIZE = Option.valueOf("prepareCacheSize");
    /** Whether SQL may hold several statements separated by {@code ;} (default false). */
    public static final Option<Object> ALLOW_MULTI_QUERIES = Option.valueOf("allowMultiQueries");
    /** Whether {@code add()} batches of a plain INSERT ... VALUES become multi-row INSERTs (default true). */
    public static final Option<Object> REWRITE_BATCHED_INSERTS = Option.valueOf("rewriteBatchedInserts");
    /** Whether {@code add()} batches of a plain INSERT ... VALUES use MariaDB's COM_STMT_BULK_EXECUTE (default on). */
    public static final Option<Object> USE_BULK_STMTS = Option.valueOf("useBulkStmts");
    /** TCP_NODELAY (default true). */
    public static final Option<Object> TCP_NO_DELAY = Option.valueOf("tcpNoDelay");
    /** SO_KEEPALIVE (default false). */
    public static final Option<Object> TCP_KEEP_ALIVE = Option.valueOf("tcpKeepAlive");
    /** Whether caching_sha2_password may fetch the server's RSA key over plain TCP (default false). */
    public static final Option<Object> ALLOW_PUBLIC_KEY_RETRIEVAL = Option.valueOf("allowPublicKeyRetrieval");
    /** Commands in flight per connection (default 32; 1 disables pipelining). */
    public static final Option<Object> PIPELINE_LIMIT = Option.valueOf("pipelineLimit");
    /** Bytes of a cancelled result drained before the query is killed with KILL QUERY (default 4 MiB, 0 never). */
    public static final Option<Object> CANCEL_KILL_THRESHOLD = Option.valueOf("cancelKillThreshold");
    /** Zone of DATETIME/TIMESTAMP values; default: the session's time zone. */
    public static final Option<Object> SERVER_ZONE_ID = Option.valueOf("serverZoneId");
    /** Extra connection attributes, {@code key:value,key:value}. */
    public static final Option<Object> CONNECTION_ATTRIBUTES = Option.valueOf("connectionAttributes");
    /** Largest server payload accepted, in bytes (default 1 GiB). */
    public static final Option<Object> MAX_MESSAGE_SIZE = Option.valueOf("maxMessageSize");
    /** Connection attribute {@code program_name} (Python SDK: {@code program_name}). */
    public static final Option<Object> PROGRAM_NAME = Option.valueOf("programName");
    /** Workload type sent in the connection attributes ({@code SINGLESTOREDB_WORKLOAD_TYPE}). */
    public static final Option<Object> WORKLOAD_TYPE = Option.valueOf("workloadType");
    /** Send NaN parameters as NULL (default false; Python SDK: {@code nan_as_null}). */
    public static final Option<Object> NAN_AS_NULL = Option.valueOf("nanAsNull");
    /** Send infinite parameters as NULL (default false; Python SDK: {@code inf_as_null}). */
    public static final Option<Object> INF_AS_NULL = Option.valueOf("infAsNull");
    /** The Python SDK's TLS switch: true means sslMode=DISABLED ({@code ssl_disabled}). */
    public static final Option<Object> SSL_DISABLED = Option.valueOf("sslDisabled");
    /** A whole connection URL (as in {@code SINGLESTOREDB_URL}); below the other options, above the environment. */
    public static final Option<Object> URL = Option.sensitiveValueOf("url");

    /** With several hosts: SEQUENTIAL (default, failover in order) or LOADBALANCE. */
    public static final Option<Object> HA_MODE = Option.valueOf("haMode");
    /** How long a host that failed to connect is skipped by new connections (default 60 s). */
    public static final Option<Object> HOST_DENY_DURATION = Option.valueOf("hostDenyDuration");
    /** With several hosts: passes over the list before a new connection fails (default 3). */
    public static final Option<Object> RETRIES_ALL_DOWN = Option.valueOf("retriesAllDown");

    /** Whether SingleStore announces VECTOR and BSON columns as such (default true). */
    public static final Option<Object> ENABLE_EXTENDED_DATA_TYPES = Option.valueOf("enableExtendedDataTypes");
    /** How SingleStore sends VECTOR values: BINARY (default) or JSON. */
    public static final Option<Object> VECTOR_DATA_FORMAT = Option.valueOf("vectorDataFormat");

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
        this.environment = Objects.requireNonNull(environment, "environment must not be null");
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
        return create(SingleStoreOptions.resolve(options, this.environment));
    }

    /** The protocol slot names the HA mode ({@code r2dbc:singlestore:loadbalance://}); HTTP is kept for the Data API. */
    private static void checkProtocol(Object protocol) {
        if (protocol == null || protocol.toString().isEmpty()) {
            return;
        }
        HaMode.ofProtocol(protocol.toString());
    }

    static SingleStoreConnectionFactory create(SingleStoreOptions.Resolution resolution) {
        if (resolution.get(SingleStoreOptions.HOST) == null) {
            throw new IllegalArgumentException("Option 'host' is required (or set SINGLESTOREDB_URL or "
                + "SINGLESTOREDB_HOST)");
        }
        if (resolution.get(SingleStoreOptions.USER) == null
            && resolution.get(SingleStoreOptions.CREDENTIAL_TYPE) != CredentialType.JWT) {
            throw new IllegalArgumentException("Option 'user' is required (or set SINGLESTOREDB_URL or "
                + "SINGLESTOREDB_USER)");
        }
        SingleStoreConnectionConfiguration.Builder builder = SingleStoreConnectionConfiguration.builder();
        resolution.applyTo(builder);
        return SingleStoreConnectionFactory.from(builder.build(), resolution.get(SingleStoreOptions.STATEMENT_TIMEOUT),
            resolution.get(SingleStoreOptions.LOCK_WAIT_TIMEOUT));
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
