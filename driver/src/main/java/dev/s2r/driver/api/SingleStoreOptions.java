/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.api;

import dev.s2r.driver.SingleStoreConnectionConfiguration;
import dev.s2r.driver.SingleStoreConnectionFactoryProvider;
import dev.s2r.driver.internal.options.ConnectionUrl;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The registry of every connection and result option of the driver: its name, aliases (including the SingleStore
 * Python SDK's snake_case name where one exists), Java type, default, validation, {@code SINGLESTOREDB_*}
 * environment variable, whether it is secret, and a one-line description.
 *
 * <h2>Precedence</h2>
 * Every option is resolved by one rule, highest first:
 * <ol>
 *   <li><b>explicit</b>: the entries of {@link ConnectionFactoryOptions} (including everything an R2DBC URL such as
 *   {@code r2dbc:singlestore://host/db?pipelineLimit=8} is parsed into) or the setters of
 *   {@link SingleStoreConnectionConfiguration.Builder};</li>
 *   <li><b>URL</b>: the parts and query of a connection URL given with the {@code url} option
 *   ({@link SingleStoreConnectionConfiguration.Builder#url(String)});</li>
 *   <li><b>environment</b>: the option's own variable ({@code SINGLESTOREDB_PORT} …), then the parts and query of
 *   {@code SINGLESTOREDB_URL} (or of {@code SINGLESTOREDB_HOST} when that holds a URL). The environment's URL is
 *   only used when no host is given at a higher level, so its credentials are never sent to another server;</li>
 *   <li>the <b>default</b>.</li>
 * </ol>
 * A variable {@code SINGLESTOREDB_FOO_BAR} is also found as {@code SINGLESTOREDBFOOBAR}, as in the Python SDK;
 * empty variables count as unset. In a URL query, option names are matched case-insensitively.
 *
 * <h2>Values</h2>
 * Booleans accept {@link Boolean}, the numbers 1/0 and exactly the Python SDK's words (case-insensitive):
 * {@code on, t, true, y, yes, enabled, enable, 1} and {@code off, f, false, n, no, disabled, disable, 0}. Durations
 * accept {@link Duration}, a number of milliseconds, ISO-8601 ({@code PT10S}), {@code 10s} or {@code 500ms}; a bare
 * number given under the Python name {@code connect_timeout} or in {@code SINGLESTOREDB_CONNECT_TIMEOUT} is seconds,
 * as in the Python SDK. A malformed value fails with an {@link IllegalArgumentException} that names the option and
 * where it came from, and never repeats the value of a secret option.
 *
 * <h2>Scoped overrides</h2>
 * Options of {@link Scope#RESULT} can be overridden for one reactive pipeline through the Reactor {@link Context}
 * (the counterpart of the Python SDK's {@code option_context}):
 * <pre>{@code
 * Flux.from(statement.execute())
 *     .flatMap(...)
 *     .contextWrite(SingleStoreOptions.contextWith("nanAsNull", true));
 * }</pre>
 * Code that honours a result option reads it with {@link #resultOption(ContextView, Descriptor, Object)}, passing
 * the connection's configured value as the fallback, e.g.
 * {@code resultOption(ctx, NAN_AS_NULL, configuration.isNanAsNull())} inside {@code Mono.deferContextual}. Result
 * options added later (a results format for maps, records or Arrow batches) are declared here with
 * {@link Scope#RESULT} and read the same way.
 */
public final class SingleStoreOptions {

    /** The prefix of every environment variable the driver reads. */
    public static final String ENVIRONMENT_PREFIX = "SINGLESTOREDB_";

    /** Where an option applies. */
    public enum Scope {
        /** Fixed when the connection factory is created. */
        CONNECTION,
        /** Fixed per connection by default, but can be overridden for one pipeline through the Reactor Context. */
        RESULT,
        /** Known and passed on unparsed to the part of the driver that owns it. */
        PASS_THROUGH
    }

    /** Where a resolved value came from, highest precedence first. */
    public enum Source {
        /** {@link ConnectionFactoryOptions} (and R2DBC URLs) or builder setters. */
        EXPLICIT,
        /** The {@code url} option. */
        URL,
        /** A {@code SINGLESTOREDB_*} environment variable (or {@code SINGLESTOREDB_URL}). */
        ENVIRONMENT,
        /** The option's default. */
        DEFAULT
    }

    private static final List<Descriptor<?>> ALL = new ArrayList<>();

    /** Server host name or address. Required by the R2DBC provider. */
    public static final Descriptor<String> HOST = define("host", String.class, SingleStoreOptions::hostList)
        .description("Server host name or address, or host[:port] entries separated by commas (SINGLESTOREDB_HOST "
            + "may hold a whole URL)")
        .apply(SingleStoreConnectionConfiguration.Builder::host).register();
    /** Server port. */
    public static final Descriptor<Integer> PORT = define("port", Integer.class, integer(1, 65535))
        .defaultValue(SingleStoreConnectionConfiguration.DEFAULT_PORT).description("Server port")
        .apply(SingleStoreConnectionConfiguration.Builder::port).register();
    /** How a new connection picks one of several hosts; also the protocol of {@code r2dbc:singlestore:loadbalance://}. */
    public static final Descriptor<HaMode> HA_MODE = define("haMode", HaMode.class,
        enumOf(HaMode.class, HaMode::parse, "SEQUENTIAL (or failover) or LOADBALANCE (or load-balance)"))
        .defaultValue(HaMode.SEQUENTIAL).description("With several hosts: SEQUENTIAL (failover, in order) or "
            + "LOADBALANCE (random order per connection)")
        .apply(SingleStoreConnectionConfiguration.Builder::haMode).register();
    /** How long a host that failed to connect is skipped. */
    public static final Descriptor<Duration> HOST_DENY_DURATION = define("hostDenyDuration", Duration.class,
        SingleStoreOptions::nonNegativeDuration).alias("hostBlacklistDuration")
        .defaultValue(SingleStoreConnectionConfiguration.DEFAULT_HOST_DENY_DURATION)
        .description("How long a host that failed to connect is skipped by new connections of the JVM (0 never)")
        .apply(SingleStoreConnectionConfiguration.Builder::hostDenyDuration).register();
    /** Passes over the host list when every host fails. */
    public static final Descriptor<Integer> RETRIES_ALL_DOWN = define("retriesAllDown", Integer.class,
        integer(1, Integer.MAX_VALUE)).defaultValue(SingleStoreConnectionConfiguration.DEFAULT_RETRIES_ALL_DOWN)
        .description("With several hosts: passes over the list, 250 ms apart, before a new connection fails")
        .apply(SingleStoreConnectionConfiguration.Builder::retriesAllDown).register();
    /** User name. Required by the R2DBC provider. */
    public static final Descriptor<String> USER = define("user", String.class, SingleStoreOptions::text)
        .description("User name").apply(SingleStoreConnectionConfiguration.Builder::user).register();
    /** Password; secret. */
    public static final Descriptor<CharSequence> PASSWORD = define("password", CharSequence.class,
        (value, python) -> value instanceof CharSequence ? (CharSequence) value : value.toString())
        .secret().description("Password").apply(SingleStoreConnectionConfiguration.Builder::password).register();
    /** A publisher of the password for each new connection (programmatic only). */
    @SuppressWarnings("unchecked")
    public static final Descriptor<org.reactivestreams.Publisher> PASSWORD_PUBLISHER = define("passwordPublisher",
        org.reactivestreams.Publisher.class, SingleStoreOptions::publisher).secret()
        .description("Publisher of the password or JWT, subscribed for each new connection (programmatic only)")
        .apply((b, v) -> b.passwordPublisher((org.reactivestreams.Publisher<? extends CharSequence>) v)).register();
    /** What the password is. */
    public static final Descriptor<CredentialType> CREDENTIAL_TYPE = define("credentialType", CredentialType.class,
        SingleStoreOptions::credentialType).alias("credential_type").environment("SINGLESTOREDB_CREDENTIAL_TYPE")
        .defaultValue(CredentialType.PASSWORD).description("PASSWORD or JWT (sent with mysql_clear_password over "
            + "TLS only; the user defaults to *)")
        .apply(SingleStoreConnectionConfiguration.Builder::credentialType).register();
    /** Initial database. */
    public static final Descriptor<String> DATABASE = define("database", String.class, SingleStoreOptions::text)
        .description("Initial database").apply(SingleStoreConnectionConfiguration.Builder::database).register();
    /** TCP connect timeout. */
    public static final Descriptor<Duration> CONNECT_TIMEOUT = define("connectTimeout", Duration.class,
        duration(true)).alias("connect_timeout").defaultValue(Duration.ofSeconds(10))
        .description("TCP connect timeout (a bare number is milliseconds, seconds under connect_timeout)")
        .apply(SingleStoreConnectionConfiguration.Builder::connectTimeout).register();
    /** R2DBC's standard TLS switch: true means sslMode=REQUIRED, false DISABLED. */
    public static final Descriptor<Boolean> SSL = define("ssl", Boolean.class, SingleStoreOptions::bool)
        .description("true = sslMode REQUIRED, false = DISABLED; sslMode wins at the same level").register();
    /** The Python SDK's TLS switch: true means sslMode=DISABLED. */
    public static final Descriptor<Boolean> SSL_DISABLED = define("sslDisabled", Boolean.class,
        SingleStoreOptions::bool).alias("ssl_disabled").defaultValue(false)
        .description("true = sslMode DISABLED; ssl and sslMode win at the same level").register();
    /** TLS mode. */
    public static final Descriptor<SslMode> SSL_MODE = define("sslMode", SslMode.class, enumOf(SslMode.class,
        SslMode::parse, "one of DISABLED, PREFERRED, REQUIRED, VERIFY_CA, VERIFY_IDENTITY"))
        .defaultValue(SslMode.PREFERRED).description("TLS mode: DISABLED, PREFERRED, REQUIRED, VERIFY_CA, "
            + "VERIFY_IDENTITY").register();
    /** PEM file with the CA certificate(s). */
    public static final Descriptor<Path> SSL_CA = define("sslCa", Path.class, SingleStoreOptions::path)
        .alias("ssl_ca").description("PEM file with the CA certificate(s) for VERIFY_CA and VERIFY_IDENTITY")
        .apply(SingleStoreConnectionConfiguration.Builder::sslCa).register();
    /** Statement timeout applied after connecting. */
    public static final Descriptor<Duration> STATEMENT_TIMEOUT = define("statementTimeout", Duration.class,
        duration(false)).description("Statement timeout set after connecting (setStatementTimeout)").register();
    /** Session variables set at connect. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final Descriptor<Map<String, String>> SESSION_VARIABLES = define("sessionVariables",
        (Class<Map<String, String>>) (Class) Map.class,
        SingleStoreOptions::sessionVariables).alias("session_variables")
        .description("Session variables set at connect, name=value pairs separated by commas (values are SQL)")
        .apply(SingleStoreConnectionConfiguration.Builder::sessionVariables).register();
    /** SQL run once at connect. */
    public static final Descriptor<String> INIT_SQL = define("initSql", String.class, SingleStoreOptions::text)
        .alias("init_command").description("SQL run on every new connection after the session is set up")
        .apply(SingleStoreConnectionConfiguration.Builder::initSql).register();
    /** Bound values in the query log. */
    public static final Descriptor<Boolean> LOG_QUERY_PARAMETERS = define("logQueryParameters", Boolean.class,
        SingleStoreOptions::bool).defaultValue(false)
        .description("Log bound values with each statement in the dev.s2r.driver.QUERY logger (DEBUG)")
        .apply(SingleStoreConnectionConfiguration.Builder::logQueryParameters).register();
    /** How the statement timeout is enforced. */
    public static final Descriptor<StatementTimeoutMode> STATEMENT_TIMEOUT_MODE = define("statementTimeoutMode",
        StatementTimeoutMode.class, enumOf(StatementTimeoutMode.class, StatementTimeoutMode::parse, "AUTO or CLIENT"))
        .alias("statement_timeout_mode")
        .environment("SINGLESTOREDB_STATEMENT_TIMEOUT_MODE").defaultValue(StatementTimeoutMode.AUTO)
        .description("AUTO (the server's limit where it has one, else a client timer) or CLIENT (a client timer "
            + "and KILL QUERY on every server)")
        .apply(SingleStoreConnectionConfiguration.Builder::statementTimeoutMode).register();
    /** Lock wait timeout applied after connecting. */
    public static final Descriptor<Duration> LOCK_WAIT_TIMEOUT = define("lockWaitTimeout", Duration.class,
        duration(false)).description("Lock wait timeout set after connecting (setLockWaitTimeout)").register();
    /** Server-side prepared statements. */
    public static final Descriptor<Boolean> USE_SERVER_PREP_STMTS = define("useServerPrepStmts", Boolean.class,
        SingleStoreOptions::bool).defaultValue(true)
        .description("Prepare parameterised statements on the server (false: interpolate on the client)")
        .apply(SingleStoreConnectionConfiguration.Builder::useServerPrepStmts).register();
    /** Prepared statements cached per connection. */
    public static final Descriptor<Integer> PREPARE_CACHE_SIZE = define("prepareCacheSize", Integer.class,
        integer(0, Integer.MAX_VALUE)).defaultValue(256).description("Server-prepared statements cached per "
            + "connection (0 closes each after use)")
        .apply(SingleStoreConnectionConfiguration.Builder::prepareCacheSize).register();
    /** Several statements per query. */
    public static final Descriptor<Boolean> ALLOW_MULTI_QUERIES = define("allowMultiQueries", Boolean.class,
        SingleStoreOptions::bool).alias("multi_statements").environment("SINGLESTOREDB_MULTI_STATEMENTS")
        .defaultValue(false).description("Allow several ;-separated statements in one SQL string")
        .apply(SingleStoreConnectionConfiguration.Builder::allowMultiQueries).register();
    /** Multi-row INSERT rewriting of batches. */
    public static final Descriptor<Boolean> REWRITE_BATCHED_INSERTS = define("rewriteBatchedInserts", Boolean.class,
        SingleStoreOptions::bool).defaultValue(true).description("Send add() batches of INSERT ... VALUES as "
            + "multi-row INSERTs").apply(SingleStoreConnectionConfiguration.Builder::rewriteBatchedInserts).register();
    /** MariaDB's COM_STMT_BULK_EXECUTE for batches. */
    public static final Descriptor<Boolean> USE_BULK_STMTS = define("useBulkStmts", Boolean.class,
        SingleStoreOptions::bool).defaultValue(true).description("Send add() batches of INSERT ... VALUES as one "
            + "COM_STMT_BULK_EXECUTE when the server (MariaDB) offers it and useServerPrepStmts is on")
        .apply(SingleStoreConnectionConfiguration.Builder::useBulkStmts).register();
    /** TCP_NODELAY. */
    public static final Descriptor<Boolean> TCP_NO_DELAY = define("tcpNoDelay", Boolean.class,
        SingleStoreOptions::bool).defaultValue(true).description("TCP_NODELAY")
        .apply(SingleStoreConnectionConfiguration.Builder::tcpNoDelay).register();
    /** SO_KEEPALIVE. */
    public static final Descriptor<Boolean> TCP_KEEP_ALIVE = define("tcpKeepAlive", Boolean.class,
        SingleStoreOptions::bool).defaultValue(false).description("SO_KEEPALIVE")
        .apply(SingleStoreConnectionConfiguration.Builder::tcpKeepAlive).register();
    /** RSA key retrieval for sha256_password and caching_sha2_password. */
    public static final Descriptor<Boolean> ALLOW_PUBLIC_KEY_RETRIEVAL = define("allowPublicKeyRetrieval",
        Boolean.class, SingleStoreOptions::bool).defaultValue(false)
        .description("Let sha256_password and caching_sha2_password fetch the server's RSA key over plain TCP")
        .apply(SingleStoreConnectionConfiguration.Builder::allowPublicKeyRetrieval).register();
    /** Commands in flight per connection. */
    public static final Descriptor<Integer> PIPELINE_LIMIT = define("pipelineLimit", Integer.class,
        integer(1, Integer.MAX_VALUE)).defaultValue(32).description("Commands in flight per connection (1 disables "
            + "pipelining)").apply(SingleStoreConnectionConfiguration.Builder::pipelineLimit).register();
    /** Bytes drained from a cancelled result before KILL QUERY. */
    public static final Descriptor<Long> CANCEL_KILL_THRESHOLD = define("cancelKillThreshold", Long.class,
        longValue(0)).defaultValue(4L * 1024 * 1024).description("Bytes of a cancelled result drained before "
            + "KILL QUERY (0 always drains)")
        .apply(SingleStoreConnectionConfiguration.Builder::cancelKillThreshold).register();
    /** Zone of DATETIME/TIMESTAMP values. */
    public static final Descriptor<ZoneId> SERVER_ZONE_ID = define("serverZoneId", ZoneId.class,
        SingleStoreOptions::zone).description("Zone of DATETIME/TIMESTAMP values (default: the session's)")
        .apply(SingleStoreConnectionConfiguration.Builder::serverZoneId).register();
    /** Extra connection attributes. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final Descriptor<Map<String, String>> CONNECTION_ATTRIBUTES = define("connectionAttributes",
        (Class<Map<String, String>>) (Class) Map.class, SingleStoreOptions::attributes).alias("conn_attrs")
        .environment("SINGLESTOREDB_CONN_ATTRS").description("Extra connection attributes, key:value,key:value")
        .apply((builder, map) -> map.forEach(builder::connectionAttribute)).register();
    /** Client certificate for mutual TLS. */
    public static final Descriptor<Path> SSL_CERT = define("sslCert", Path.class, SingleStoreOptions::path)
        .alias("ssl_cert").description("Client certificate (PEM) for mutual TLS")
        .apply(SingleStoreConnectionConfiguration.Builder::sslCert).register();
    /** Client key for mutual TLS. */
    public static final Descriptor<Path> SSL_KEY = define("sslKey", Path.class, SingleStoreOptions::path)
        .alias("ssl_key").description("Client private key (PEM, PKCS#8) for mutual TLS")
        .apply(SingleStoreConnectionConfiguration.Builder::sslKey).register();
    /** SNI / verification name. */
    public static final Descriptor<String> SSL_SERVER_NAME = define("sslServerName", String.class,
        SingleStoreOptions::text).alias("tls_sni_servername")
        .description("Name sent as SNI and verified by VERIFY_IDENTITY instead of the host")
        .apply(SingleStoreConnectionConfiguration.Builder::sslServerName).register();
    /** TLS protocol versions. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final Descriptor<java.util.List<String>> TLS_VERSION = define("tlsVersion",
        (Class<java.util.List<String>>) (Class) java.util.List.class, SingleStoreOptions::names)
        .description("TLS protocol versions allowed, comma-separated (e.g. TLSv1.3)")
        .apply(SingleStoreConnectionConfiguration.Builder::tlsVersions).register();
    /** TLS cipher suites. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final Descriptor<java.util.List<String>> TLS_CIPHERS = define("tlsCiphers",
        (Class<java.util.List<String>>) (Class) java.util.List.class, SingleStoreOptions::names)
        .alias("ssl_cipher").description("TLS cipher suites allowed, comma-separated")
        .apply(SingleStoreConnectionConfiguration.Builder::tlsCiphers).register();
    /** A TLS context supplied by the application (programmatic only). */
    public static final Descriptor<Object> SSL_CONTEXT = define("sslContext", Object.class, (value, python) -> value)
        .description("A Netty SslContext built by the application, used as is")
        .apply((builder, value) -> {
            if (!(value instanceof io.netty.handler.ssl.SslContext)) {
                throw new IllegalArgumentException("sslContext must be an io.netty.handler.ssl.SslContext");
            }
            builder.sslContext((io.netty.handler.ssl.SslContext) value);
        }).register();
    /** Micrometer ObservationRegistry (programmatic only). */
    public static final Descriptor<Object> OBSERVATION_REGISTRY = define("observationRegistry", Object.class,
        (value, python) -> value).description("A Micrometer ObservationRegistry: one observation per statement")
        .apply(SingleStoreConnectionConfiguration.Builder::observationRegistry).register();
    /** Whether observations carry the SQL. */
    public static final Descriptor<Boolean> OBSERVATION_INCLUDE_SQL = define("observationIncludeSql", Boolean.class,
        SingleStoreOptions::bool).defaultValue(false)
        .description("Record the SQL text in observations (high cardinality)")
        .apply(SingleStoreConnectionConfiguration.Builder::observationIncludeSql).register();
    /** mysql_clear_password over plain TCP. */
    public static final Descriptor<Boolean> ALLOW_CLEAR_PASSWORD_OVER_PLAIN_TEXT = define(
        "allowClearPasswordOverPlainText", Boolean.class, SingleStoreOptions::bool).defaultValue(false)
        .description("Let mysql_clear_password send the password over an unencrypted connection")
        .apply(SingleStoreConnectionConfiguration.Builder::allowClearPasswordOverPlainText).register();
    /** The server's RSA public key for sha256_password and caching_sha2_password. */
    public static final Descriptor<Path> SERVER_RSA_PUBLIC_KEY_FILE = define("serverRsaPublicKeyFile", Path.class,
        SingleStoreOptions::path).description("PEM file with the server's RSA public key (sha256_password, "
            + "caching_sha2_password over plain TCP)")
        .apply(SingleStoreConnectionConfiguration.Builder::serverRsaPublicKeyFile).register();
    /** Directory LOAD DATA LOCAL INFILE may read from. */
    public static final Descriptor<Path> ALLOW_LOAD_LOCAL_INFILE_IN_PATH = define("allowLoadLocalInfileInPath",
        Path.class, SingleStoreOptions::path).alias("local_infile_path")
        .description("Directory under which LOAD DATA LOCAL INFILE may read files (off when unset)")
        .apply(SingleStoreConnectionConfiguration.Builder::allowLoadLocalInfileInPath).register();
    /** Socket read timeout while a command waits. */
    public static final Descriptor<Duration> SOCKET_TIMEOUT = define("socketTimeout", Duration.class,
        duration(false)).defaultValue(Duration.ZERO)
        .description("How long the server may stay silent while a command waits for its answer (0 waits forever)")
        .apply(SingleStoreConnectionConfiguration.Builder::socketTimeout).register();
    /** How zero dates are read. */
    public static final Descriptor<dev.s2r.driver.api.ZeroDateOption> ZERO_DATE_OPTION = define("zeroDateOption",
        dev.s2r.driver.api.ZeroDateOption.class, SingleStoreOptions::zeroDate)
        .defaultValue(dev.s2r.driver.api.ZeroDateOption.EXCEPTION)
        .description("How zero dates (0000-00-00) are read: EXCEPTION, NULL or ROUND (to 0001-01-01)")
        .apply(SingleStoreConnectionConfiguration.Builder::zeroDateOption).register();
    /** Unix domain socket of the server, instead of TCP. */
    public static final Descriptor<String> SOCKET = define("socket", String.class, SingleStoreOptions::text)
        .alias("unix_socket").description("Path of the server's Unix domain socket (instead of host:port over TCP)")
        .apply(SingleStoreConnectionConfiguration.Builder::socket).register();
    /** Largest server payload accepted. */
    public static final Descriptor<Long> MAX_MESSAGE_SIZE = define("maxMessageSize", Long.class, longValue(1024))
        .defaultValue(1L << 30).description("Largest server payload accepted, in bytes")
        .apply(SingleStoreConnectionConfiguration.Builder::maxMessageSize).register();
    /** Connection attribute {@code program_name}. */
    public static final Descriptor<String> PROGRAM_NAME = define("programName", String.class,
        SingleStoreOptions::text).alias("program_name").description("Sent as the connection attribute "
            + "program_name").apply(SingleStoreConnectionConfiguration.Builder::programName).register();
    /** Workload type, sent in the connection attributes. */
    public static final Descriptor<String> WORKLOAD_TYPE = define("workloadType", String.class,
        SingleStoreOptions::text).description("Sent as the connection attribute workload_type and appended as "
            + "+type to _client_version").apply(SingleStoreConnectionConfiguration.Builder::workloadType).register();
    /** Fusion SQL: statement interceptors found on the class path. */
    public static final Descriptor<Boolean> FUSION_ENABLED = define("fusionEnabled", Boolean.class,
        SingleStoreOptions::bool).alias("fusion.enabled").defaultValue(false)
        .description("Also use the statement interceptors (Fusion SQL handlers) registered with "
            + "java.util.ServiceLoader")
        .apply(SingleStoreConnectionConfiguration.Builder::fusionEnabled).register();
    /** Statement interceptors (programmatic only). */
    public static final Descriptor<Object> STATEMENT_INTERCEPTORS = define("statementInterceptors", Object.class,
        (value, python) -> value).description("A StatementInterceptor, or a collection of them, asked in order")
        .apply((builder, value) -> builder.statementInterceptors(interceptors(value))).register();
    /** NaN parameters become NULL. */
    public static final Descriptor<Boolean> NAN_AS_NULL = define("nanAsNull", Boolean.class,
        SingleStoreOptions::bool).alias("nan_as_null").scope(Scope.RESULT).defaultValue(false)
        .description("Send NaN parameters as NULL instead of failing")
        .apply(SingleStoreConnectionConfiguration.Builder::nanAsNull).register();
    /** Infinite parameters become NULL. */
    public static final Descriptor<Boolean> INF_AS_NULL = define("infAsNull", Boolean.class,
        SingleStoreOptions::bool).alias("inf_as_null").scope(Scope.RESULT).defaultValue(false)
        .description("Send infinite parameters as NULL instead of failing")
        .apply(SingleStoreConnectionConfiguration.Builder::infAsNull).register();
    /** Extended type metadata (VECTOR, BSON). */
    public static final Descriptor<Boolean> ENABLE_EXTENDED_DATA_TYPES = define("enableExtendedDataTypes",
        Boolean.class, SingleStoreOptions::bool).alias("enable_extended_data_types").defaultValue(true)
        .description("Ask SingleStore for VECTOR/BSON column metadata at connect")
        .apply(SingleStoreConnectionConfiguration.Builder::enableExtendedDataTypes).register();
    /** VECTOR projection format. */
    public static final Descriptor<VectorDataFormat> VECTOR_DATA_FORMAT = define("vectorDataFormat",
        VectorDataFormat.class, enumOf(VectorDataFormat.class, VectorDataFormat::parse, "BINARY or JSON"))
        .alias("vector_data_format")
        .defaultValue(VectorDataFormat.BINARY).description("VECTOR projection: BINARY or JSON")
        .apply(SingleStoreConnectionConfiguration.Builder::vectorDataFormat).register();
    /** A whole connection URL; secret because it usually holds a password. */
    public static final Descriptor<String> URL = define("url", String.class, SingleStoreOptions::text)
        .environment("SINGLESTOREDB_URL").secret()
        .description("Connection URL (r2dbc:singlestore://, singlestoredb://, mysql:// or user:pw@host:port/db)")
        .register();

    /** The R2DBC SPI's protocol option: here the HA mode ({@code r2dbc:singlestore:loadbalance://}). */
    private static final String PROTOCOL = "protocol";

    /** Option names of the R2DBC SPI that select the driver rather than configure it. */
    private static final Set<String> SPI_NAMES = Set.of("driver", PROTOCOL);

    /** Options of r2dbc-pool, which passes them on to the driver it wraps; accepted and ignored. */
    static final Set<String> POOL_OPTIONS = Set.of("acquireRetry", "backgroundEvictionInterval",
        "initialSize", "maxSize", "minIdle", "maxAcquireTime", "maxCreateConnectionTime", "maxIdleTime",
        "maxLifeTime", "maxValidationTime", "poolName", "registerJmx", "postAllocate", "preRelease",
        "validationQuery", "validationDepth");

    private static final Set<String> TRUE_WORDS = Set.of("on", "t", "true", "y", "yes", "enabled", "enable", "1");
    private static final Set<String> FALSE_WORDS = Set.of("off", "f", "false", "n", "no", "disabled", "disable",
        "0");

    private static final Map<String, Descriptor<?>> BY_NAME;
    private static final Map<String, Descriptor<?>> BY_LOWER_NAME;

    static {
        Map<String, Descriptor<?>> byName = new LinkedHashMap<>();
        Map<String, Descriptor<?>> byLower = new LinkedHashMap<>();
        for (Descriptor<?> descriptor : ALL) {
            List<String> names = new ArrayList<>();
            names.add(descriptor.name);
            names.addAll(descriptor.aliases);
            for (String name : names) {
                if (byName.put(name, descriptor) != null
                    || byLower.put(name.toLowerCase(Locale.ROOT), descriptor) != null) {
                    throw new ExceptionInInitializerError("Option name declared twice: " + name);
                }
            }
        }
        BY_NAME = Collections.unmodifiableMap(byName);
        BY_LOWER_NAME = Collections.unmodifiableMap(byLower);
    }

    private SingleStoreOptions() {
    }

    /** @return every option, in declaration order */
    public static List<Descriptor<?>> all() {
        return Collections.unmodifiableList(ALL);
    }

    /**
     * @param name an option name or alias, case-sensitive
     * @return the option
     */
    public static Optional<Descriptor<?>> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /**
     * Parses a boolean with exactly the words the SingleStore Python SDK accepts.
     *
     * @param option the option name, for the message
     * @param value  a {@link Boolean}, the number 1 or 0, or a word
     * @return the boolean
     * @throws IllegalArgumentException naming the option for anything else
     */
    public static boolean parseBoolean(String option, Object value) {
        Descriptor<?> descriptor = BY_NAME.get(option);
        if (descriptor != null && descriptor.type == Boolean.class) {
            return (Boolean) descriptor.parse(value);
        }
        try {
            return bool(value, false);
        } catch (Invalid e) {
            throw new IllegalArgumentException("Option '" + option + "' expects " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------------------------------------- resolution

    /**
     * Resolves options given as {@link ConnectionFactoryOptions} (the explicit level) against the environment.
     *
     * @param options     the explicit options
     * @param environment reads an environment variable, e.g. {@code System::getenv}; returns {@code null} if unset
     * @return the resolved values
     * @throws IllegalArgumentException for an unknown option or a malformed value
     */
    public static Resolution resolve(ConnectionFactoryOptions options, Function<String, String> environment) {
        Objects.requireNonNull(options, "options must not be null");
        return resolve(explicitValues(options), environment);
    }

    /**
     * Resolves options given by name (the explicit level; names or aliases, case-sensitive) against the
     * environment. This is the one place where the precedence explicit &gt; URL &gt; environment &gt; default is
     * applied.
     *
     * @param explicit    option names to values; the {@code url} entry is the URL level
     * @param environment reads an environment variable; returns {@code null} if unset
     * @return the resolved values
     * @throws IllegalArgumentException for an unknown option or a malformed value
     */
    public static Resolution resolve(Map<String, ?> explicit, Function<String, String> environment) {
        Objects.requireNonNull(explicit, "explicit must not be null");
        Objects.requireNonNull(environment, "environment must not be null");
        Map<Descriptor<?>, Raw> explicitLayer = new LinkedHashMap<>();
        explicit.forEach((name, value) -> {
            if (PROTOCOL.equals(name) && value != null && !value.toString().isEmpty()) {
                // r2dbc:singlestore:loadbalance:// and r2dbc:singlestore:sequential:// name the HA mode.
                put(explicitLayer, HA_MODE, new Raw(value, PROTOCOL, "the URL's protocol"));
                return;
            }
            if (value == null || SPI_NAMES.contains(name) || POOL_OPTIONS.contains(name)) {
                return;
            }
            Descriptor<?> descriptor = BY_NAME.get(name);
            if (descriptor == null) {
                throw unknown(name, null);
            }
            put(explicitLayer, descriptor, new Raw(value, name, null));
        });
        Map<Descriptor<?>, Raw> urlLayer = new LinkedHashMap<>();
        Raw url = explicitLayer.remove(URL);
        if (url != null) {
            String origin = "the '" + url.via + "' option";
            urlLayer(ConnectionUrl.parse(text(url.value, false), origin), origin, urlLayer);
        }
        Map<Descriptor<?>, Raw> environmentLayer = environmentLayer(environment,
            explicitLayer.containsKey(HOST) || urlLayer.containsKey(HOST));
        List<Map<Descriptor<?>, Raw>> layers = List.of(explicitLayer, urlLayer, environmentLayer);
        Map<Descriptor<?>, Object> values = new LinkedHashMap<>();
        Map<Descriptor<?>, Source> sources = new LinkedHashMap<>();
        for (Descriptor<?> descriptor : ALL) {
            if (descriptor == URL) {
                continue;
            }
            resolveOne(descriptor, layers, values, sources);
        }
        return new Resolution(values, sources);
    }

    /** The one precedence rule: the first level holding the option wins, else its default. */
    private static void resolveOne(Descriptor<?> descriptor, List<Map<Descriptor<?>, Raw>> layers,
                                   Map<Descriptor<?>, Object> values, Map<Descriptor<?>, Source> sources) {
        for (int level = 0; level < layers.size(); level++) {
            Raw raw = layers.get(level).get(descriptor);
            if (raw != null) {
                values.put(descriptor, descriptor.parse(raw.value, raw.via, raw.origin));
                sources.put(descriptor, Source.values()[level]);
                return;
            }
        }
        if (descriptor.defaultValue != null) {
            values.put(descriptor, descriptor.defaultValue);
        }
        sources.put(descriptor, Source.DEFAULT);
    }

    private static Map<Descriptor<?>, Raw> environmentLayer(Function<String, String> environment,
                                                            boolean hostGivenAbove) {
        Map<Descriptor<?>, Raw> layer = new LinkedHashMap<>();
        for (Descriptor<?> descriptor : ALL) {
            if (descriptor == URL || descriptor.environmentVariable == null) {
                continue;
            }
            String variable = descriptor.environmentVariable;
            String value = lookup(environment, variable);
            if (value != null) {
                layer.put(descriptor, new Raw(value, variable, "environment variable " + variable));
            }
        }
        // SINGLESTOREDB_HOST may hold a URL (as in the Python SDK); otherwise SINGLESTOREDB_URL names the server.
        String urlVariable = null;
        Raw host = layer.get(HOST);
        if (host != null && looksLikeUrl((String) host.value)) {
            urlVariable = HOST.environmentVariable;
            layer.remove(HOST);
        } else if (host == null && lookup(environment, URL.environmentVariable) != null) {
            urlVariable = URL.environmentVariable;
        }
        if (urlVariable != null && !hostGivenAbove) {
            String origin = "environment variable " + urlVariable;
            Map<Descriptor<?>, Raw> fromUrl = new LinkedHashMap<>();
            urlLayer(ConnectionUrl.parse(lookup(environment, urlVariable), origin), origin, fromUrl);
            fromUrl.forEach(layer::putIfAbsent);
        }
        return layer;
    }

    private static void urlLayer(ConnectionUrl url, String origin, Map<Descriptor<?>, Raw> layer) {
        url.parts().forEach((name, value) -> layer.put(BY_NAME.get(name), new Raw(value, name, origin)));
        url.query().forEach((key, value) -> {
            if (POOL_OPTIONS.contains(key)) {
                return;
            }
            Descriptor<?> descriptor = BY_NAME.get(key);
            if (descriptor == null) {
                descriptor = BY_LOWER_NAME.get(key.toLowerCase(Locale.ROOT));
            }
            if (descriptor == null || descriptor == URL) {
                throw unknown(key, origin);
            }
            put(layer, descriptor, new Raw(value, key, origin));
        });
    }

    private static void put(Map<Descriptor<?>, Raw> layer, Descriptor<?> descriptor, Raw raw) {
        Raw previous = layer.put(descriptor, raw);
        if (previous != null) {
            throw new IllegalArgumentException("Option '" + descriptor.name + "' is given twice, as '" + previous.via
                + "' and as '" + raw.via + "'" + (raw.origin == null ? "" : " in " + raw.origin));
        }
    }

    private static String lookup(Function<String, String> environment, String variable) {
        String value = environment.apply(variable);
        if (value == null || value.isEmpty()) {
            value = environment.apply(variable.replace("_", ""));
        }
        return value == null || value.isEmpty() ? null : value;
    }

    private static boolean looksLikeUrl(String host) {
        if (host.indexOf('/') >= 0 || host.indexOf('@') >= 0 || host.indexOf('?') >= 0) {
            return true;
        }
        // One colon is host:port; more is a bare IPv6 address.
        return host.indexOf(':') >= 0 && host.indexOf(':') == host.lastIndexOf(':');
    }

    private static IllegalArgumentException unknown(String name, String origin) {
        Set<String> known = new TreeSet<>();
        ALL.forEach(descriptor -> known.add(descriptor.name));
        known.addAll(SPI_NAMES);
        return new IllegalArgumentException("Unknown option '" + name + "'" + (origin == null ? "" : " in " + origin)
            + " for driver '" + SingleStoreConnectionFactoryProvider.DRIVER + "'; known options: " + known);
    }

    /**
     * Lists every option held by {@code options} through its private map (the SPI offers no listing), so that unknown
     * options can be rejected; without that field, only the registry's names and aliases are looked up.
     */
    private static Map<String, Object> explicitValues(ConnectionFactoryOptions options) {
        Map<String, Object> values = new LinkedHashMap<>();
        try {
            Field field = ConnectionFactoryOptions.class.getDeclaredField("options");
            field.setAccessible(true);
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) field.get(options)).entrySet()) {
                values.put(((Option<?>) entry.getKey()).name(), entry.getValue());
            }
            return values;
        } catch (ReflectiveOperationException | RuntimeException e) {
            values.clear();
        }
        for (String name : BY_NAME.keySet()) {
            Object value = options.getValue(Option.valueOf(name));
            if (value != null) {
                values.put(name, value);
            }
        }
        return values;
    }

    // ------------------------------------------------------------------------------------------ scoped overrides

    /**
     * A Reactor Context update that overrides a {@link Scope#RESULT result option} for one pipeline, for
     * {@code contextWrite(...)}. The value is parsed and validated now.
     *
     * @param option the option name or alias, e.g. {@code "nanAsNull"}
     * @param value  its value, as for any other level (e.g. {@code true} or {@code "yes"})
     * @return a function adding the override to a context
     * @throws IllegalArgumentException for an unknown option, a connection option or a malformed value
     */
    public static Function<Context, Context> contextWith(String option, Object value) {
        Descriptor<?> descriptor = BY_NAME.get(Objects.requireNonNull(option, "option must not be null"));
        if (descriptor == null) {
            throw unknown(option, null);
        }
        return contextWith(descriptor, value, option);
    }

    /**
     * A typed variant of {@link #contextWith(String, Object)}.
     *
     * @param option a result option, e.g. {@link #NAN_AS_NULL}
     * @param value  its value
     * @param <T>    the value type
     * @return a function adding the override to a context
     */
    public static <T> Function<Context, Context> contextWith(Descriptor<T> option, T value) {
        return contextWith(option, value, option.name);
    }

    private static Function<Context, Context> contextWith(Descriptor<?> descriptor, Object value, String via) {
        if (descriptor.scope != Scope.RESULT) {
            throw new IllegalArgumentException("Option '" + descriptor.name + "' is a " + descriptor.scope
                + " option and cannot be overridden for one pipeline; result options are " + resultOptionNames());
        }
        Object parsed = descriptor.parse(Objects.requireNonNull(value, "value must not be null"), via, null);
        ContextKey key = new ContextKey(descriptor.name);
        return context -> context.put(key, parsed);
    }

    /**
     * @param context a Reactor context view, e.g. from {@code Mono.deferContextual}
     * @param option  a result option
     * @param <T>     the value type
     * @return the override set by {@link #contextWith} upstream of this point, if any
     */
    public static <T> Optional<T> fromContext(ContextView context, Descriptor<T> option) {
        return context.<Object>getOrEmpty(new ContextKey(option.name)).map(option.type::cast);
    }

    /**
     * @param context    a Reactor context view
     * @param option     a result option
     * @param configured the connection's configured value
     * @param <T>        the value type
     * @return the pipeline's override if there is one, else {@code configured}
     */
    public static <T> T resultOption(ContextView context, Descriptor<T> option, T configured) {
        return fromContext(context, option).orElse(configured);
    }

    private static List<String> resultOptionNames() {
        List<String> names = new ArrayList<>();
        ALL.stream().filter(d -> d.scope == Scope.RESULT).forEach(d -> names.add(d.name));
        return names;
    }

    /** A context key private to this class, so no other library's entry can collide with it. */
    private static final class ContextKey {
        private final String name;

        ContextKey(String name) {
            this.name = name;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ContextKey && ((ContextKey) other).name.equals(this.name);
        }

        @Override
        public int hashCode() {
            return this.name.hashCode() * 31 + ContextKey.class.hashCode();
        }

        @Override
        public String toString() {
            return "s2r.option." + this.name;
        }
    }

    // --------------------------------------------------------------------------------------------------- types

    /**
     * One option: name, aliases, type, default, validation, environment variable, secrecy and description.
     *
     * @param <T> the Java type of its value
     */
    public static final class Descriptor<T> {

        private final String name;
        private final List<String> aliases;
        private final Class<T> type;
        private final T defaultValue;
        private final String environmentVariable;
        private final boolean secret;
        private final Scope scope;
        private final String description;
        private final Parser<T> parser;
        private final BiConsumer<SingleStoreConnectionConfiguration.Builder, T> apply;

        private Descriptor(Definition<T> d) {
            this.name = d.name;
            this.aliases = List.copyOf(d.aliases);
            this.type = d.type;
            this.defaultValue = d.defaultValue;
            this.environmentVariable = d.environmentVariable;
            this.secret = d.secret;
            this.scope = d.scope;
            this.description = d.description;
            this.parser = d.parser;
            this.apply = d.apply;
        }

        /** @return the option name, as used in R2DBC options and URLs */
        public String name() {
            return this.name;
        }

        /** @return other accepted names, e.g. the Python SDK's snake_case name */
        public List<String> aliases() {
            return this.aliases;
        }

        /** @return the Java type of resolved values */
        public Class<T> type() {
            return this.type;
        }

        /** @return the default, or {@code null} when there is none */
        public T defaultValue() {
            return this.defaultValue;
        }

        /** @return the {@code SINGLESTOREDB_*} variable that sets the option */
        public String environmentVariable() {
            return this.environmentVariable;
        }

        /** @return whether the value is secret: never printed, never repeated in messages */
        public boolean isSecret() {
            return this.secret;
        }

        /** @return where the option applies */
        public Scope scope() {
            return this.scope;
        }

        /** @return a one-line description */
        public String description() {
            return this.description;
        }

        /**
         * Converts and validates a value as given under the option's name.
         *
         * @param value the value, e.g. a string from a URL
         * @return the typed value
         * @throws IllegalArgumentException naming the option when the value is malformed or out of range
         */
        public T parse(Object value) {
            return parse(value, this.name, null);
        }

        T parse(Object value, String via, String origin) {
            boolean python = !via.equals(this.name);
            try {
                return this.parser.parse(Objects.requireNonNull(value), python);
            } catch (Invalid e) {
                StringBuilder message = new StringBuilder("Option '").append(this.name).append('\'');
                if (!via.equals(this.name) && !via.equals(this.environmentVariable)) {
                    message.append(" (given as '").append(via).append("')");
                }
                if (origin != null) {
                    message.append(" from ").append(origin);
                }
                message.append(" expects ").append(e.getMessage());
                if (!this.secret && e.echo) {
                    message.append(", got '").append(value).append('\'');
                }
                throw new IllegalArgumentException(message.toString());
            }
        }

        @SuppressWarnings("unchecked")
        public void applyTo(SingleStoreConnectionConfiguration.Builder builder, Object value) {
            if (this.apply != null) {
                this.apply.accept(builder, (T) value);
            }
        }

        @Override
        public String toString() {
            return this.name;
        }
    }

    /**
     * Option values after resolution, with where each came from. {@link #toString()} masks secret values.
     */
    public static final class Resolution {

        private final Map<Descriptor<?>, Object> values;
        private final Map<Descriptor<?>, Source> sources;

        private Resolution(Map<Descriptor<?>, Object> values, Map<Descriptor<?>, Source> sources) {
            this.values = Collections.unmodifiableMap(values);
            this.sources = Collections.unmodifiableMap(sources);
        }

        /**
         * @param option an option
         * @param <T>    its type
         * @return its value (possibly the default), or {@code null} when it has none
         */
        public <T> T get(Descriptor<T> option) {
            return option.type.cast(this.values.get(option));
        }

        /**
         * @param option an option
         * @return the level its value came from
         */
        public Source source(Descriptor<?> option) {
            return this.sources.getOrDefault(option, Source.DEFAULT);
        }

        /**
         * The TLS mode from {@code sslMode}, {@code ssl} and {@code sslDisabled}: the one from the highest level
         * wins; at the same level {@code sslMode} beats {@code ssl}, which beats {@code sslDisabled}.
         *
         * @return the TLS mode
         */
        public SslMode sslMode() {
            Map<Source, SslMode> best = new EnumMap<>(Source.class);
            if (get(SSL_DISABLED) && source(SSL_DISABLED) != Source.DEFAULT) {
                best.put(source(SSL_DISABLED), SslMode.DISABLED);
            }
            if (get(SSL) != null) {
                best.put(source(SSL), get(SSL) ? SslMode.REQUIRED : SslMode.DISABLED);
            }
            if (source(SSL_MODE) != Source.DEFAULT) {
                best.put(source(SSL_MODE), get(SSL_MODE));
            }
            return best.isEmpty() ? get(SSL_MODE) : best.values().iterator().next();
        }

        /**
         * Applies every value not taken from the defaults to a builder (the builder holds the same defaults).
         *
         * @param builder a configuration builder
         */
        public void applyTo(SingleStoreConnectionConfiguration.Builder builder) {
            this.values.forEach((descriptor, value) -> {
                if (source(descriptor) != Source.DEFAULT) {
                    descriptor.applyTo(builder, value);
                }
            });
            if (source(SSL_MODE) != Source.DEFAULT || source(SSL) != Source.DEFAULT
                || source(SSL_DISABLED) != Source.DEFAULT) {
                builder.sslMode(sslMode());
            }
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("Resolution{");
            String separator = "";
            for (Map.Entry<Descriptor<?>, Object> entry : this.values.entrySet()) {
                Descriptor<?> descriptor = entry.getKey();
                text.append(separator).append(descriptor.name).append('=')
                    .append(descriptor.secret ? "***" : entry.getValue())
                    .append(" (").append(source(descriptor)).append(')');
                separator = ", ";
            }
            return text.append('}').toString();
        }
    }

    /** A value as found at one level, with the name it was given under and where it came from. */
    private static final class Raw {
        final Object value;
        final String via;
        final String origin;

        Raw(Object value, String via, String origin) {
            this.value = value;
            this.via = via;
            this.origin = origin;
        }
    }

    /** Converts a raw value; throws {@link Invalid} with what was expected. */
    @FunctionalInterface
    private interface Parser<T> {
        T parse(Object value, boolean pythonForm);
    }

    /** Carries "what the option expects"; turned into a message naming the option by {@link Descriptor}. */
    private static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** Whether the message may repeat the value (not when it may hold a password). */
        final boolean echo;

        Invalid(String expected) {
            this(expected, true);
        }

        Invalid(String expected, boolean echo) {
            super(expected, null, false, false);
            this.echo = echo;
        }
    }

    // ------------------------------------------------------------------------------------------------- parsers

    private static java.util.List<dev.s2r.driver.api.StatementInterceptor> interceptors(Object value) {
        if (value instanceof dev.s2r.driver.api.StatementInterceptor) {
            return java.util.List.of((dev.s2r.driver.api.StatementInterceptor) value);
        }
        if (value instanceof java.util.Collection) {
            java.util.List<dev.s2r.driver.api.StatementInterceptor> list = new java.util.ArrayList<>();
            for (Object element : (java.util.Collection<?>) value) {
                if (!(element instanceof dev.s2r.driver.api.StatementInterceptor)) {
                    throw new IllegalArgumentException("statementInterceptors must hold StatementInterceptor "
                        + "instances, got " + (element == null ? "null" : element.getClass().getName()));
                }
                list.add((dev.s2r.driver.api.StatementInterceptor) element);
            }
            return list;
        }
        throw new IllegalArgumentException("statementInterceptors must be a StatementInterceptor or a collection of "
            + "them, got " + value.getClass().getName());
    }

    private static String text(Object value, boolean python) {
        return value.toString();
    }

    private static String hostList(Object value, boolean python) {
        String text = value.toString();
        try {
            HostAndPort.parseList(text, SingleStoreConnectionConfiguration.DEFAULT_PORT);
        } catch (IllegalArgumentException e) {
            // A value with '@' or '/' may be a URL holding a password: it is not repeated.
            boolean echo = text.indexOf('@') < 0 && text.indexOf('/') < 0;
            throw new Invalid("a host or host[:port] entries separated by commas, IPv6 addresses in brackets; "
                + e.getMessage(), echo);
        }
        return text;
    }

    private static Duration nonNegativeDuration(Object value, boolean python) {
        Duration duration = parseDuration(value, false);
        if (duration.isNegative()) {
            throw new Invalid("a duration of at least 0");
        }
        return duration;
    }

    private static boolean bool(Object value, boolean python) {
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        String word = value instanceof Number ? value.toString() : value.toString().trim().toLowerCase(Locale.ROOT);
        if (TRUE_WORDS.contains(word)) {
            return true;
        }
        if (FALSE_WORDS.contains(word)) {
            return false;
        }
        throw new Invalid("a boolean (true/false, t/f, on/off, yes/no, y/n, enabled/disabled, enable/disable, 1/0)");
    }

    private static Parser<Integer> integer(int min, int max) {
        return (value, python) -> {
            long number = number(value);
            if (number < min || number > max) {
                throw new Invalid("an integer " + (max == Integer.MAX_VALUE ? "of at least " + min
                    : "between " + min + " and " + max));
            }
            return (int) number;
        };
    }

    private static Parser<Long> longValue(long min) {
        return (value, python) -> {
            long number = number(value);
            if (number < min) {
                throw new Invalid("an integer of at least " + min);
            }
            return number;
        };
    }

    private static long number(Object value) {
        if (value instanceof Number) {
            return ((Number) value).longValue();
        }
        try {
            return Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new Invalid("an integer");
        }
    }

    /**
     * @param connectTimeout positive values only, and a bare number given under the Python name or the Python
     *                       environment variable is seconds (the Python SDK's connect_timeout)
     */
    private static Parser<Duration> duration(boolean connectTimeout) {
        return (value, python) -> {
            Duration duration = parseDuration(value, connectTimeout && python);
            if (connectTimeout && (duration.isNegative() || duration.isZero())) {
                throw new Invalid("a positive duration");
            }
            return duration;
        };
    }

    private static Duration parseDuration(Object value, boolean pythonSeconds) {
        if (value instanceof Duration) {
            return (Duration) value;
        }
        if (value instanceof Number) {
            long number = ((Number) value).longValue();
            return pythonSeconds ? Duration.ofSeconds(number) : Duration.ofMillis(number);
        }
        String text = value.toString().trim();
        String lower = text.toLowerCase(Locale.ROOT);
        try {
            if (lower.startsWith("p")) {
                return Duration.parse(text);
            }
            if (lower.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(lower.substring(0, lower.length() - 2).trim()));
            }
            if (lower.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(lower.substring(0, lower.length() - 1).trim()));
            }
            long number = Long.parseLong(lower);
            return pythonSeconds ? Duration.ofSeconds(number) : Duration.ofMillis(number);
        } catch (RuntimeException e) {
            throw new Invalid("a duration (PT10S, 10s, 500ms or " + (pythonSeconds ? "seconds" : "milliseconds") + ")");
        }
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> names(Object value, boolean python) {
        if (value instanceof java.util.List) {
            return java.util.List.copyOf((java.util.List<String>) value);
        }
        return java.util.Arrays.stream(value.toString().split(",")).map(String::trim).filter(v -> !v.isEmpty())
            .collect(java.util.stream.Collectors.toList());
    }

    private static dev.s2r.driver.api.ZeroDateOption zeroDate(Object value, boolean python) {
        if (value instanceof dev.s2r.driver.api.ZeroDateOption) {
            return (dev.s2r.driver.api.ZeroDateOption) value;
        }
        try {
            return dev.s2r.driver.api.ZeroDateOption.valueOf(value.toString().trim()
                .toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid("EXCEPTION, NULL or ROUND");
        }
    }

    private static org.reactivestreams.Publisher<?> publisher(Object value, boolean python) {
        if (value instanceof org.reactivestreams.Publisher) {
            return (org.reactivestreams.Publisher<?>) value;
        }
        throw new Invalid("a org.reactivestreams.Publisher of the password, given programmatically");
    }

    /** Converts an enum option: a constant as is, or its name through {@code parse}; {@code expected} otherwise. */
    private static <E extends Enum<E>> Parser<E> enumOf(Class<E> type, Function<String, E> parse, String expected) {
        return (value, python) -> {
            if (type.isInstance(value)) {
                return type.cast(value);
            }
            try {
                return parse.apply(value.toString());
            } catch (IllegalArgumentException e) {
                throw new Invalid(expected);
            }
        };
    }

    private static CredentialType credentialType(Object value, boolean python) {
        String text = String.valueOf(value).trim();
        return enumOf(CredentialType.class, CredentialType::parse, text.equalsIgnoreCase("browser_sso")
            ? "PASSWORD or JWT (BROWSER_SSO is not supported; obtain a JWT and use JWT)" : "PASSWORD or JWT")
            .parse(value, python);
    }

    private static Path path(Object value, boolean python) {
        if (value instanceof Path) {
            return (Path) value;
        }
        try {
            return Paths.get(value.toString());
        } catch (RuntimeException e) {
            throw new Invalid("a file path");
        }
    }

    private static ZoneId zone(Object value, boolean python) {
        if (value instanceof ZoneId) {
            return (ZoneId) value;
        }
        try {
            return ZoneId.of(value.toString().trim(), ZoneId.SHORT_IDS);
        } catch (RuntimeException e) {
            throw new Invalid("a zone id (UTC, Europe/Paris, +02:00)");
        }
    }

    private static Map<String, String> sessionVariables(Object value, boolean python) {
        Map<String, String> variables = new LinkedHashMap<>();
        if (value instanceof Map) {
            ((Map<?, ?>) value).forEach((k, v) -> variables.put(String.valueOf(k).trim(), String.valueOf(v).trim()));
        } else {
            for (String pair : value.toString().split(",")) {
                int equals = pair.indexOf('=');
                if (equals <= 0) {
                    throw new Invalid("name=value pairs separated by commas");
                }
                variables.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        }
        if (!validSessionVariables(variables)) {
            throw new Invalid(SESSION_VARIABLES_EXPECTED);
        }
        return Collections.unmodifiableMap(variables);
    }

    /** What a valid {@code sessionVariables} value is, for error messages. */
    public static final String SESSION_VARIABLES_EXPECTED =
        "name=value pairs of session variable names and SQL values without ';'";
    private static final java.util.regex.Pattern SESSION_VARIABLE_NAME = java.util.regex.Pattern.compile(
        "(@@(session\\.)?)?[A-Za-z_][A-Za-z0-9_]*", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * @param variables session variable names and SQL values
     * @return whether every name is a plain variable name (optionally {@code @@} or {@code @@SESSION.}, any case)
     * and every value is non-empty and holds no {@code ;}: they are written into a {@code SET} statement as they are
     */
    public static boolean validSessionVariables(Map<String, String> variables) {
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            String value = variable.getValue();
            if (variable.getKey() == null || !SESSION_VARIABLE_NAME.matcher(variable.getKey()).matches()
                || value == null || value.trim().isEmpty() || value.contains(";")) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> attributes(Object value, boolean python) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (value instanceof Map) {
            ((Map<?, ?>) value).forEach((k, v) -> attributes.put(String.valueOf(k), String.valueOf(v)));
            return Collections.unmodifiableMap(attributes);
        }
        for (String pair : value.toString().split(",")) {
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                throw new Invalid("key:value pairs separated by commas");
            }
            attributes.put(pair.substring(0, colon).trim(), pair.substring(colon + 1).trim());
        }
        return Collections.unmodifiableMap(attributes);
    }

    // ---------------------------------------------------------------------------------------------- definitions

    private static <T> Definition<T> define(String name, Class<T> type, Parser<T> parser) {
        return new Definition<>(name, type, parser);
    }

    /** Builds one descriptor; the environment variable defaults to SINGLESTOREDB_ plus the name in upper snake. */
    private static final class Definition<T> {
        private final String name;
        private final Class<T> type;
        private final Parser<T> parser;
        private final List<String> aliases = new ArrayList<>();
        private T defaultValue;
        private String environmentVariable;
        private boolean secret;
        private Scope scope = Scope.CONNECTION;
        private String description = "";
        private BiConsumer<SingleStoreConnectionConfiguration.Builder, T> apply;

        Definition(String name, Class<T> type, Parser<T> parser) {
            this.name = name;
            this.type = type;
            this.parser = parser;
            this.environmentVariable = ENVIRONMENT_PREFIX + name.replaceAll("([a-z])([A-Z])", "$1_$2")
                .toUpperCase(Locale.ROOT);
        }

        Definition<T> alias(String alias) {
            this.aliases.add(alias);
            return this;
        }

        Definition<T> defaultValue(T value) {
            this.defaultValue = value;
            return this;
        }

        Definition<T> environment(String variable) {
            this.environmentVariable = variable;
            return this;
        }

        Definition<T> secret() {
            this.secret = true;
            return this;
        }

        Definition<T> scope(Scope scope) {
            this.scope = scope;
            return this;
        }

        Definition<T> description(String description) {
            this.description = description;
            return this;
        }

        Definition<T> apply(BiConsumer<SingleStoreConnectionConfiguration.Builder, T> apply) {
            this.apply = apply;
            return this;
        }

        Descriptor<T> register() {
            Descriptor<T> descriptor = new Descriptor<>(this);
            ALL.add(descriptor);
            return descriptor;
        }
    }
}
