/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.ConnectionFactoryProvider;
import io.r2dbc.spi.Option;

import java.lang.reflect.Field;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Discovers the driver for R2DBC URLs {@code r2dbc:singlestore://user:password@host:port/database?option=value}
 * and {@link ConnectionFactoryOptions} with driver {@code singlestore}. Every option is validated: an unknown
 * option or a malformed value fails with an {@link IllegalArgumentException} naming it (never its value when the
 * option is secret).
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

    private static final Set<String> KNOWN = Set.of("driver", "protocol", "host", "port", "user", "password",
        "database", "connectTimeout", "ssl", "statementTimeout", "lockWaitTimeout", SSL_MODE.name(), SSL_CA.name(),
        USE_SERVER_PREP_STMTS.name(), PREPARE_CACHE_SIZE.name(), ALLOW_MULTI_QUERIES.name(), TCP_NO_DELAY.name(),
        REWRITE_BATCHED_INSERTS.name(), CANCEL_KILL_THRESHOLD.name(),
        TCP_KEEP_ALIVE.name(), ALLOW_PUBLIC_KEY_RETRIEVAL.name(), PIPELINE_LIMIT.name(), SERVER_ZONE_ID.name(),
        CONNECTION_ATTRIBUTES.name(), MAX_MESSAGE_SIZE.name());

    /** Options of r2dbc-pool, which passes them on to the driver it wraps; accepted and ignored here. */
    private static final Set<String> POOL_OPTIONS = Set.of("acquireRetry", "backgroundEvictionInterval",
        "initialSize", "maxSize", "minIdle", "maxAcquireTime", "maxCreateConnectionTime", "maxIdleTime", "maxLifeTime",
        "maxValidationTime", "poolName", "registerJmx", "postAllocate", "preRelease", "validationQuery",
        "validationDepth");

    private static final Set<String> TRUE_WORDS = Set.of("true", "t", "on", "y", "yes", "1", "enabled", "enable");
    private static final Set<String> FALSE_WORDS = Set.of("false", "f", "off", "n", "no", "0", "disabled", "disable");

    @Override
    public SingleStoreConnectionFactory create(ConnectionFactoryOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        checkKnown(options);
        String protocol = string(options, ConnectionFactoryOptions.PROTOCOL);
        if (protocol != null && !protocol.isEmpty()) {
            throw new IllegalArgumentException("Protocol '" + protocol + "' is not supported: use "
                + "r2dbc:singlestore://host:port/database for the MySQL protocol (the Data API over HTTP is planned)");
        }
        SingleStoreConnectionConfiguration.Builder builder = SingleStoreConnectionConfiguration.builder();
        String host = string(options, ConnectionFactoryOptions.HOST);
        if (host == null) {
            throw new IllegalArgumentException("Option 'host' is required");
        }
        builder.host(host);
        Integer port = integer(options, ConnectionFactoryOptions.PORT);
        if (port != null) {
            builder.port(port);
        }
        String user = string(options, ConnectionFactoryOptions.USER);
        if (user == null) {
            throw new IllegalArgumentException("Option 'user' is required");
        }
        builder.user(user);
        Object password = options.getValue(ConnectionFactoryOptions.PASSWORD);
        if (password != null) {
            builder.password(password instanceof CharSequence ? (CharSequence) password : password.toString());
        }
        builder.database(string(options, ConnectionFactoryOptions.DATABASE));
        mapTls(options, builder);
        mapBehaviour(options, builder);
        return SingleStoreConnectionFactory.from(builder.build(),
            duration(options, ConnectionFactoryOptions.STATEMENT_TIMEOUT),
            duration(options, ConnectionFactoryOptions.LOCK_WAIT_TIMEOUT));
    }

    private static void mapTls(ConnectionFactoryOptions options, SingleStoreConnectionConfiguration.Builder builder) {
        Boolean ssl = bool(options, ConnectionFactoryOptions.SSL);
        if (ssl != null) {
            builder.sslMode(ssl ? SslMode.REQUIRED : SslMode.DISABLED);
        }
        String mode = string(options, SSL_MODE);
        if (mode != null) {
            builder.sslMode(SslMode.parse(mode));
        }
        String ca = string(options, SSL_CA);
        if (ca != null) {
            builder.sslCa(Paths.get(ca));
        }
    }

    private static void mapBehaviour(ConnectionFactoryOptions options,
                                     SingleStoreConnectionConfiguration.Builder builder) {
        Duration connectTimeout = duration(options, ConnectionFactoryOptions.CONNECT_TIMEOUT);
        if (connectTimeout != null) {
            builder.connectTimeout(connectTimeout);
        }
        ifPresent(bool(options, USE_SERVER_PREP_STMTS), builder::useServerPrepStmts);
        ifPresent(integer(options, PREPARE_CACHE_SIZE), builder::prepareCacheSize);
        ifPresent(bool(options, ALLOW_MULTI_QUERIES), builder::allowMultiQueries);
        ifPresent(bool(options, REWRITE_BATCHED_INSERTS), builder::rewriteBatchedInserts);
        ifPresent(bool(options, TCP_NO_DELAY), builder::tcpNoDelay);
        ifPresent(bool(options, TCP_KEEP_ALIVE), builder::tcpKeepAlive);
        ifPresent(bool(options, ALLOW_PUBLIC_KEY_RETRIEVAL), builder::allowPublicKeyRetrieval);
        ifPresent(integer(options, PIPELINE_LIMIT), builder::pipelineLimit);
        Object kill = options.getValue(CANCEL_KILL_THRESHOLD);
        if (kill != null) {
            builder.cancelKillThreshold(kill instanceof Number ? ((Number) kill).longValue()
                : parseLong(CANCEL_KILL_THRESHOLD.name(), kill.toString()));
        }
        Object zone = options.getValue(SERVER_ZONE_ID);
        if (zone != null) {
            builder.serverZoneId(zone instanceof ZoneId ? (ZoneId) zone : parseZone(zone.toString()));
        }
        Object size = options.getValue(MAX_MESSAGE_SIZE);
        if (size != null) {
            builder.maxMessageSize(size instanceof Number ? ((Number) size).longValue()
                : parseLong(MAX_MESSAGE_SIZE.name(), size.toString()));
        }
        Object attributes = options.getValue(CONNECTION_ATTRIBUTES);
        if (attributes instanceof Map) {
            ((Map<?, ?>) attributes).forEach((k, v) -> builder.connectionAttribute(k.toString(), String.valueOf(v)));
        } else if (attributes != null) {
            for (String pair : attributes.toString().split(",")) {
                int colon = pair.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException("Option 'connectionAttributes' expects key:value pairs "
                        + "separated by commas");
                }
                builder.connectionAttribute(pair.substring(0, colon).trim(), pair.substring(colon + 1).trim());
            }
        }
    }

    private static <T> void ifPresent(T value, java.util.function.Consumer<T> consumer) {
        if (value != null) {
            consumer.accept(value);
        }
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

    private static void checkKnown(ConnectionFactoryOptions options) {
        for (String name : optionNames(options)) {
            if (!KNOWN.contains(name) && !POOL_OPTIONS.contains(name)) {
                throw new IllegalArgumentException("Unknown option '" + name + "' for driver '" + DRIVER
                    + "'; known options: " + new java.util.TreeSet<>(KNOWN));
            }
        }
    }

    private static Set<String> optionNames(ConnectionFactoryOptions options) {
        Set<String> names = new LinkedHashSet<>();
        try {
            Field field = ConnectionFactoryOptions.class.getDeclaredField("options");
            field.setAccessible(true);
            for (Object key : ((Map<?, ?>) field.get(options)).keySet()) {
                names.add(((Option<?>) key).name());
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // A future SPI without the field: options cannot be listed, so none is rejected as unknown.
            names.clear();
        }
        return names;
    }

    private static String string(ConnectionFactoryOptions options, Option<?> option) {
        Object value = options.getValue(option);
        return value == null ? null : value.toString();
    }

    private static Integer integer(ConnectionFactoryOptions options, Option<?> option) {
        Object value = options.getValue(option);
        if (value == null || value instanceof Integer) {
            return (Integer) value;
        }
        if (value instanceof Number) {
            return ((Number) value).intValue();
        }
        return (int) parseLong(option.name(), value.toString());
    }

    private static long parseLong(String name, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Option '" + name + "' expects an integer, got '" + value + "'");
        }
    }

    /**
     * Parses a boolean option with the words the SingleStore Python SDK accepts.
     */
    static Boolean bool(ConnectionFactoryOptions options, Option<?> option) {
        Object value = options.getValue(option);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        String word = value.toString().trim().toLowerCase(Locale.ROOT);
        if (TRUE_WORDS.contains(word)) {
            return true;
        }
        if (FALSE_WORDS.contains(word)) {
            return false;
        }
        throw new IllegalArgumentException("Option '" + option.name() + "' expects a boolean (true/false, on/off, "
            + "yes/no, 1/0), got '" + value + "'");
    }

    static Duration duration(ConnectionFactoryOptions options, Option<?> option) {
        Object value = options.getValue(option);
        if (value == null || value instanceof Duration) {
            return (Duration) value;
        }
        if (value instanceof Number) {
            return Duration.ofMillis(((Number) value).longValue());
        }
        String text = value.toString().trim();
        try {
            if (text.startsWith("P") || text.startsWith("p")) {
                return Duration.parse(text);
            }
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(lower.substring(0, lower.length() - 2).trim()));
            }
            if (lower.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(lower.substring(0, lower.length() - 1).trim()));
            }
            return Duration.ofMillis(Long.parseLong(lower));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Option '" + option.name() + "' expects a duration (PT10S, 10s, "
                + "500ms or milliseconds), got '" + value + "'");
        }
    }

    private static ZoneId parseZone(String value) {
        try {
            return ZoneId.of(value.trim(), ZoneId.SHORT_IDS);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Option 'serverZoneId' expects a zone id, got '" + value + "'");
        }
    }
}
