/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.api;

import dev.s2r.driver.api.OptionDescriptor.Declaration;
import io.r2dbc.spi.Option;
import org.reactivestreams.Publisher;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static dev.s2r.driver.api.OptionParsers.bool;
import static dev.s2r.driver.api.OptionParsers.duration;
import static dev.s2r.driver.api.OptionParsers.enumOf;
import static dev.s2r.driver.api.OptionParsers.integer;
import static dev.s2r.driver.api.OptionParsers.longValue;
import static dev.s2r.driver.api.OptionParsers.path;
import static dev.s2r.driver.api.OptionParsers.apiVersion;
import static dev.s2r.driver.api.OptionParsers.text;

/**
 * Every option of the driver, each declared once: a typed R2DBC {@link Option} key, with its name, aliases (the
 * SingleStore Python SDK's snake_case names), {@code SINGLESTOREDB_*} environment variable, type, default,
 * validation and documentation in its {@link OptionDescriptor}. The keys are the ones the driver reads, whether a
 * value comes from {@link io.r2dbc.spi.ConnectionFactoryOptions}, an R2DBC URL, the configuration builder or the
 * environment:
 * <pre>{@code
 * ConnectionFactories.get(ConnectionFactoryOptions.parse("r2dbc:singlestore://user@host/db").mutate()
 *     .option(SingleStoreOptions.PIPELINE_LIMIT, 8)
 *     .build());
 * }</pre>
 * Options of {@link OptionDescriptor.Scope#RESULT} can be overridden for one reactive pipeline through the Reactor
 * {@link Context} (the Python SDK's {@code option_context}):
 * {@code .contextWrite(SingleStoreOptions.contextWith(SingleStoreOptions.NAN_AS_NULL, true))}.
 */
public final class SingleStoreOptions {

    /** The prefix of every environment variable the driver reads. */
    public static final String ENVIRONMENT_PREFIX = "SINGLESTOREDB_";

    private static final List<OptionDescriptor<?>> ALL = new ArrayList<>();
    private static final Map<Option<?>, OptionDescriptor<?>> BY_OPTION = new LinkedHashMap<>();

    /** Server host, or {@code host[:port]} entries separated by commas. */
    public static final Option<String> HOST = declare(define("host", String.class, OptionParsers.hosts())
        .defaultValue("localhost").defaultText("— (required in R2DBC options; `localhost` in the builder)")
        .doc("Server host name or address, or several `host[:port]` entries separated by commas (see "
            + "[Multiple hosts](#multiple-hosts)). `SINGLESTOREDB_HOST` may hold a whole URL."));
    /** Server port. */
    public static final Option<Integer> PORT = declare(define("port", Integer.class, OptionParsers.port())
        .defaultValue(3306).doc("Server port; with several hosts, the port of those given without one. An R2DBC URL "
            + "cannot set it as `?port=` (the SPI refuses it): write `host:3307`."));
    /** How a new connection picks one of several hosts. */
    public static final Option<HaMode> HA_MODE = declare(define("haMode", HaMode.class,
        enumOf(HaMode.class, HaMode::parse)).defaultValue(HaMode.SEQUENTIAL)
        .mysqlOnly()
        .doc("With several hosts: try them in order (failover) or in a random order per connection. Also accepts "
            + "`sequential`, `failover`, `loadbalance`, `load-balance` (case-insensitive), and comes from the protocol "
            + "part of an R2DBC URL (`r2dbc:singlestore:loadbalance://`)."));
    /** How long a host that failed to connect is skipped. */
    public static final Option<Duration> HOST_DENY_DURATION = declare(define("hostDenyDuration", Duration.class,
        duration(false, false)).alias("hostBlacklistDuration").defaultValue(Duration.ofSeconds(60))
        .mysqlOnly()
        .doc("How long a host that failed with a connection error is tried only after all others, by every factory "
            + "of the JVM. `0` never denies."));
    /** Passes over the host list when every host fails. */
    public static final Option<Integer> RETRIES_ALL_DOWN = declare(define("retriesAllDown", Integer.class,
        integer(1, Integer.MAX_VALUE)).defaultValue(3)
        .mysqlOnly()
        .doc("With several hosts: passes over the list, 250 ms apart, before `create()` fails because every host "
            + "failed. A single host is tried once."));
    /** User name. */
    public static final Option<String> USER = declare(define("user", String.class, text())
        .defaultText("— (required; `*` with `credentialType=JWT`)").doc("User name."));
    /** Password; secret. */
    public static final Option<CharSequence> PASSWORD = declare(define("password", CharSequence.class,
        OptionParsers.password()).secret().doc("Password. Any non-CharSequence value is converted with `toString()`."));
    /** A publisher of the password for each new connection; programmatic, secret. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final Option<Publisher<? extends CharSequence>> PASSWORD_PUBLISHER = declare(define(
        "passwordPublisher", (Class) Publisher.class, OptionParsers.publisher()).programmatic().secret()
        .doc("Subscribed once for each new connection; its first element is the password or token. Takes "
            + "precedence over `password`. Rotated passwords and refreshed tokens are picked up by the next "
            + "connection."));
    /** What the password is. */
    public static final Option<CredentialType> CREDENTIAL_TYPE = declare(define("credentialType",
        CredentialType.class, enumOf(CredentialType.class, CredentialType::parse)).alias("credential_type")
        .defaultValue(CredentialType.PASSWORD)
        .doc("`JWT`: the password is a JSON Web Token, sent only with `mysql_clear_password` and only over TLS; the "
            + "user defaults to `*`. See [JWT](#jwt-credentials). `BROWSER_SSO` is refused with a message pointing "
            + "to `JWT`."));
    /** Initial database. */
    public static final Option<String> DATABASE = declare(define("database", String.class, text())
        .doc("Initial database, sent in the handshake (`CLIENT_CONNECT_WITH_DB`)."));
    /** Connect timeout. */
    public static final Option<Duration> CONNECT_TIMEOUT = declare(define("connectTimeout", Duration.class,
        duration(true, true)).alias("connect_timeout").defaultValue(Duration.ofSeconds(10))
        .doc("Bounds the TCP connect, and again the whole login (greeting, TLS, authentication, session set-up): a "
            + "server that accepts and never answers fails `create()` with `R2dbcTimeoutException` (`08001`). A bare "
            + "number is milliseconds, but seconds under `connect_timeout` and in `SINGLESTOREDB_CONNECT_TIMEOUT`, as "
            + "in the Python SDK."));
    /** R2DBC's standard TLS switch. */
    public static final Option<Boolean> SSL = declare(define("ssl", Boolean.class, bool()).defaultText("—")
        .doc("`true` = `sslMode=REQUIRED`, `false` = `DISABLED`. If both are given at one level, `sslMode` wins."));
    /** The Python SDK's TLS switch. */
    public static final Option<Boolean> SSL_DISABLED = declare(define("sslDisabled", Boolean.class, bool())
        .alias("ssl_disabled").defaultValue(false)
        .doc("The Python SDK's switch: `true` = `sslMode=DISABLED`. The TLS mode comes from the highest level among "
            + "`sslMode`, `ssl` and `sslDisabled`; at one level `sslMode` beats `ssl`, which beats `sslDisabled`."));
    /** TLS mode. */
    public static final Option<SslMode> SSL_MODE = declare(define("sslMode", SslMode.class,
        enumOf(SslMode.class, SslMode::parse)).defaultValue(SslMode.PREFERRED)
        .doc("See [TLS](#7-tls-and-authentication). Case-insensitive, `-` counts as `_`; also accepts `DISABLE`, "
            + "`REQUIRE`, `TRUST` (both mean `REQUIRED`) and `VERIFY_FULL` (`VERIFY_IDENTITY`)."));
    /** PEM file with the CA certificates. */
    public static final Option<Path> SSL_CA = declare(define("sslCa", Path.class, path("file path")).alias("ssl_ca")
        .defaultText("JVM trust store")
        .doc("PEM file with the CA certificate(s) used by `VERIFY_CA` and `VERIFY_IDENTITY`."));
    /** Client certificate for mutual TLS. */
    public static final Option<Path> SSL_CERT = declare(define("sslCert", Path.class, path("file path"))
        .alias("ssl_cert").doc("Client certificate (PEM) for mutual TLS, e.g. for a user created with "
            + "`REQUIRE X509`; needs `sslKey`."));
    /** Client key for mutual TLS. */
    public static final Option<Path> SSL_KEY = declare(define("sslKey", Path.class, path("file path"))
        .alias("ssl_key").doc("Private key (PEM, PKCS#8) of `sslCert`."));
    /** SNI and verification name. */
    public static final Option<String> SSL_SERVER_NAME = declare(define("sslServerName", String.class, text())
        .alias("tls_sni_servername").defaultText("the host")
        .doc("Name sent as SNI and verified by `VERIFY_IDENTITY`, when it differs from the address connected to."));
    /** TLS protocol versions. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final Option<List<String>> TLS_VERSION = declare(define("tlsVersion", (Class) List.class,
        OptionParsers.names()).defaultValue(List.of()).defaultText("JDK defaults")
        .doc("TLS protocol versions allowed, e.g. `TLSv1.3` or `TLSv1.2,TLSv1.3`; each must be one the JVM "
            + "supports, checked before connecting."));
    /** TLS cipher suites. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final Option<List<String>> TLS_CIPHERS = declare(define("tlsCiphers", (Class) List.class,
        OptionParsers.names()).alias("ssl_cipher").defaultValue(List.of()).defaultText("JDK defaults")
        .doc("Cipher suites allowed (the JDK's names, case-sensitive); each must be one the JVM supports, checked "
            + "before connecting."));
    /** A TLS context built by the application; programmatic. */
    public static final Option<Object> SSL_CONTEXT = declare(define("sslContext", Object.class,
        OptionParsers.instanceOf("io.netty.handler.ssl.SslContext", "Netty `SslContext`")).programmatic()
        .doc("A client TLS context built by the application, used as is; `sslMode` still decides when TLS is used."));
    /** Statement timeout applied after connecting. */
    public static final Option<Duration> STATEMENT_TIMEOUT = declare(define("statementTimeout", Duration.class,
        duration(false, false)).doc("Applied to every new connection as by `setStatementTimeout`. See "
            + "[§3.7](#37-timeouts)."));
    /** How the statement timeout is enforced. */
    public static final Option<StatementTimeoutMode> STATEMENT_TIMEOUT_MODE = declare(define("statementTimeoutMode",
        StatementTimeoutMode.class, enumOf(StatementTimeoutMode.class, StatementTimeoutMode::parse))
        .alias("statement_timeout_mode").defaultValue(StatementTimeoutMode.AUTO)
        .mysqlOnly()
        .doc("How `setStatementTimeout` is enforced: the server's limit where it has one, else a client timer "
            + "(`AUTO`), or a client timer and `KILL QUERY` everywhere (`CLIENT`); see [§3.7](#37-timeouts)."));
    /** Lock wait timeout applied after connecting. */
    public static final Option<Duration> LOCK_WAIT_TIMEOUT = declare(define("lockWaitTimeout", Duration.class,
        duration(false, false)).mysqlOnly().doc("Applied to every new connection as by `setLockWaitTimeout`."));
    /** Session variables set at connect. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final Option<Map<String, String>> SESSION_VARIABLES = declare(define("sessionVariables",
        (Class) Map.class, OptionParsers.sessionVariables()).alias("session_variables").defaultValue(Map.of())
        .defaultText("none")
        .mysqlOnly()
        .doc("Session variables set on every new connection with one `SET @@SESSION.name=value, …` sent ahead of the "
            + "driver's setup query (pipelined: no extra round trip), so the driver reads the session as they left "
            + "it (e.g. `sql_mode`, `time_zone`). Values are SQL (`sql_mode='ANSI_QUOTES'`); names must be "
            + "identifiers and values may not contain `;`. An error (unknown variable) fails `create()`."));
    /** SQL run once at connect. */
    public static final Option<String> INIT_SQL = declare(define("initSql", String.class, text())
        .alias("init_command")
        .mysqlOnly()
        .doc("SQL run on every new connection after the session is set up; a failure fails "
            + "`create()`."));
    /** Server-side prepared statements. */
    public static final Option<Boolean> USE_SERVER_PREP_STMTS = declare(define("useServerPrepStmts", Boolean.class,
        bool()).defaultValue(true)
        .mysqlOnly()
        .doc("Parameterised statements are prepared on the server (binary protocol). "
            + "`false` interpolates escaped literals on the client."));
    /** Prepared statements cached per connection. */
    public static final Option<Integer> PREPARE_CACHE_SIZE = declare(define("prepareCacheSize", Integer.class,
        integer(0, Integer.MAX_VALUE)).defaultValue(256)
        .mysqlOnly()
        .doc("Server-prepared statements kept per connection (LRU). "
            + "`0` closes each statement after use."));
    /** Several statements per query. */
    public static final Option<Boolean> ALLOW_MULTI_QUERIES = declare(define("allowMultiQueries", Boolean.class,
        bool()).alias("multi_statements").environment("SINGLESTOREDB_MULTI_STATEMENTS").defaultValue(false)
        .mysqlOnly()
        .doc("Requests `CLIENT_MULTI_STATEMENTS`, so one SQL string may hold several `;`-separated statements. "
            + "Batches then go out as one query."));
    /** Multi-row INSERT rewriting of batches. */
    public static final Option<Boolean> REWRITE_BATCHED_INSERTS = declare(define("rewriteBatchedInserts",
        Boolean.class, bool()).defaultValue(true)
        .mysqlOnly()
        .doc("`Statement.add()` batches of a plain `INSERT ... VALUES (...)` "
            + "go out as multi-row INSERTs (see [§3.3](#33-several-bindings-add-and-batches))."));
    /** MariaDB's COM_STMT_BULK_EXECUTE for batches. */
    public static final Option<Boolean> USE_BULK_STMTS = declare(define("useBulkStmts", Boolean.class, bool())
        .defaultValue(true)
        .mysqlOnly()
        .doc("On MariaDB servers that offer it, those batches go out as `COM_STMT_BULK_EXECUTE` "
            + "(needs `useServerPrepStmts=true`). No effect on SingleStore and MySQL."));
    /** TCP_NODELAY. */
    public static final Option<Boolean> TCP_NO_DELAY = declare(define("tcpNoDelay", Boolean.class, bool())
        .defaultValue(true).doc("`TCP_NODELAY`."));
    /** SO_KEEPALIVE. */
    public static final Option<Boolean> TCP_KEEP_ALIVE = declare(define("tcpKeepAlive", Boolean.class, bool())
        .defaultValue(false).doc("`SO_KEEPALIVE`."));
    /** RSA key retrieval for sha256_password and caching_sha2_password. */
    public static final Option<Boolean> ALLOW_PUBLIC_KEY_RETRIEVAL = declare(define("allowPublicKeyRetrieval",
        Boolean.class, bool()).defaultValue(false)
        .mysqlOnly()
        .doc("Lets `sha256_password` and `caching_sha2_password` ask the "
            + "server for its RSA key over unencrypted TCP."));
    /** The server's RSA public key. */
    public static final Option<Path> SERVER_RSA_PUBLIC_KEY_FILE = declare(define("serverRsaPublicKeyFile", Path.class,
        path("file path")).mysqlOnly().doc("PEM file with the server's RSA public key, used by `sha256_password` and "
            + "`caching_sha2_password` over unencrypted TCP instead of asking the server. Read once per factory."));
    /** mysql_clear_password over plain TCP. */
    public static final Option<Boolean> ALLOW_CLEAR_PASSWORD_OVER_PLAIN_TEXT = declare(define(
        "allowClearPasswordOverPlainText", Boolean.class, bool()).defaultValue(false)
        .mysqlOnly()
        .doc("Lets `mysql_clear_password` send the password over an unencrypted connection; by default it is "
            + "refused unless the connection uses TLS."));
    /** Micrometer ObservationRegistry; programmatic. */
    public static final Option<Object> OBSERVATION_REGISTRY = declare(define("observationRegistry", Object.class,
        OptionParsers.instanceOf("io.micrometer.observation.ObservationRegistry", "Micrometer `ObservationRegistry`"))
        .programmatic().doc("One observation `s2r.query` per statement, from the subscription of its response to its "
            + "end: low-cardinality keys `db.system=singlestore`, `db.operation` (first SQL keyword), `outcome` "
            + "(`SUCCESS`, `ERROR`, `CANCELLED`). `micrometer-observation` is an optional dependency."));
    /** Whether observations carry the SQL. */
    public static final Option<Boolean> OBSERVATION_INCLUDE_SQL = declare(define("observationIncludeSql",
        Boolean.class, bool()).defaultValue(false).doc("Adds the SQL text as the high-cardinality key "
            + "`db.statement` (it may contain literals)."));
    /** Commands in flight per connection. */
    public static final Option<Integer> PIPELINE_LIMIT = declare(define("pipelineLimit", Integer.class,
        integer(1, Integer.MAX_VALUE)).defaultValue(32).mysqlOnly().doc("How many commands may be written before their "
            + "responses arrive. `1` turns pipelining off."));
    /** Zone of DATETIME/TIMESTAMP values. */
    public static final Option<ZoneId> SERVER_ZONE_ID = declare(define("serverZoneId", ZoneId.class,
        OptionParsers.zone()).defaultText("session zone").doc("Overrides the zone used to convert DATETIME/TIMESTAMP "
            + "to and from instants. Accepts ids such as `UTC`, `Europe/Paris`, `+02:00` and the short ids of "
            + "`ZoneId.SHORT_IDS`."));
    /** Extra connection attributes. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final Option<Map<String, String>> CONNECTION_ATTRIBUTES = declare(define("connectionAttributes",
        (Class) Map.class, OptionParsers.attributes()).alias("conn_attrs").environment("SINGLESTOREDB_CONN_ATTRS")
        .defaultValue(Map.of()).defaultText("none")
        .mysqlOnly()
        .doc("Extra connection attributes, added to the driver's own `_client_name=s2r`, `_client_version`, `_os`, "
            + "`_pid` and `_runtime_version`."));
    /** Unix domain socket of the server. */
    public static final Option<String> SOCKET = declare(define("socket", String.class, text()).alias("unix_socket")
        .mysqlOnly()
        .doc("Connect through the server's Unix domain socket instead of TCP (Netty's native epoll/kqueue transport, "
            + "which reactor-netty brings on Linux and macOS). The host is then only used for TLS."));
    /** Directory LOAD DATA LOCAL INFILE may read from. */
    public static final Option<Path> ALLOW_LOAD_LOCAL_INFILE_IN_PATH = declare(define("allowLoadLocalInfileInPath",
        Path.class, path("directory path")).alias("local_infile_path").defaultText("none (off)")
        .mysqlOnly()
        .doc("Allows `LOAD DATA LOCAL INFILE` for files under this directory (links resolved). A file outside it is "
            + "refused without being read (`R2dbcPermissionDeniedException`); files are streamed in 64 KiB packets, "
            + "never read whole; nothing is pipelined around such a statement."));
    /** How long the server may stay silent while a command waits. */
    public static final Option<Duration> SOCKET_TIMEOUT = declare(define("socketTimeout", Duration.class,
        duration(false, false)).defaultValue(Duration.ZERO).defaultText("`0` (none)")
        .doc("How long the server may stay silent while a command waits for its answer (checked every quarter of "
            + "it); then every exchange fails with `R2dbcTimeoutException` (`HYT00`) and the connection closes (a "
            + "pool replaces it; over the Data API the request fails and its HTTP connection closes). Time with "
            + "reading paused for a slow subscriber does not count."));
    /** How long a statement waits behind an earlier result of the connection that nobody reads. */
    public static final Option<Duration> UNREAD_RESULT_TIMEOUT = declare(define("unreadResultTimeout", Duration.class,
        duration(false, false)).defaultValue(Duration.ofSeconds(10))
        .mysqlOnly()
        .doc("The server answers a connection's "
            + "statements in order, so a statement waits while an earlier result is not read: one handed over and never "
            + "subscribed, or two read interleaved (`Flux.zip` over one connection), which can never progress. After "
            + "this long with no demand for the earlier result while the later one asks for rows, the earlier result "
            + "fails with `R2dbcNonTransientResourceException` saying so, its rest is discarded and the later statement "
            + "runs. `0` waits forever."));
    /** Bytes of a result nobody has subscribed to yet read ahead when a later statement waits behind it. */
    public static final Option<Long> UNREAD_RESULT_BUFFER_SIZE = declare(define("unreadResultBufferSize", Long.class,
        longValue(0)).defaultValue(16L * 1024 * 1024).defaultText("`16777216` (16 MiB)").mysqlOnly().doc("When a later "
            + "statement waits behind a result nobody has subscribed to yet (collected, or handed across threads), "
            + "the driver reads that result ahead, copied off the socket's buffers, so that a short one ends and frees "
            + "the connection at once; a longer one is given up as by `unreadResultTimeout`. `0` reads nothing "
            + "ahead."));
    /** The MySQL protocol or the Data API. */
    public static final Option<Transport> TRANSPORT = declare(define("transport", Transport.class,
        enumOf(Transport.class, Transport::parse)).environment("SINGLESTOREDB_DRIVER").defaultValue(Transport.MYSQL)
        .doc("`MYSQL`, or the Data API (SQL over HTTP) over `HTTP` or `HTTPS`; also from the URL "
            + "(`r2dbc:singlestore:https://`, and `http://`, `https://`, `singlestoredb+https://` in "
            + "`SINGLESTOREDB_URL`). See [data-api.md](data-api.md)."));
    /** The Data API's port when the URL gives none. */
    public static final Option<Integer> HTTP_PORT = declare(define("httpPort", Integer.class, integer(1, 65535))
        .alias("http_port").defaultText("80 (`HTTP`), 443 (`HTTPS`)")
        .doc("Port of the Data API when the host gives none (the dev container's is 9000)."));
    /** The Data API's version. */
    public static final Option<String> API_VERSION = declare(define("apiVersion", String.class, apiVersion())
        .defaultValue("v2").doc("Version of the Data API, the path segment of `/api/<version>/…`."));
    /** How zero dates are read. */
    public static final Option<ZeroDateOption> ZERO_DATE_OPTION = declare(define("zeroDateOption",
        ZeroDateOption.class, enumOf(ZeroDateOption.class, value -> ZeroDateOption.valueOf(value.toUpperCase(
            Locale.ROOT)))).defaultValue(ZeroDateOption.NULL)
        .doc("How zero dates (`0000-00-00`, `0000-00-00 00:00:00`) are read as `java.time` values: `NULL` reads "
            + "them as `null`, as the Python SDK does; `EXCEPTION` fails naming the column; `ROUND` reads "
            + "`0001-01-01`. See [§4](#4-type-mapping)."));
    /** Largest server payload accepted. */
    public static final Option<Long> MAX_MESSAGE_SIZE = declare(define("maxMessageSize", Long.class, longValue(1024))
        .defaultValue(1L << 30).defaultText("`1073741824` (1 GiB)")
        .mysqlOnly()
        .doc("Largest server payload accepted, checked on every packet and while 16 MiB packets are joined. A larger "
            + "payload fails the exchange with a protocol error and closes the connection."));
    /** Bytes drained from a cancelled result before KILL QUERY. */
    public static final Option<Long> CANCEL_KILL_THRESHOLD = declare(define("cancelKillThreshold", Long.class,
        longValue(0)).defaultValue(4L * 1024 * 1024).defaultText("`4194304` (4 MiB)")
        .mysqlOnly()
        .doc("After this many bytes of a cancelled result have been read only to be dropped, the driver sends "
            + "`KILL QUERY` from a side connection instead of draining the rest. `0` always drains."));
    /** Connection attribute program_name. */
    public static final Option<String> PROGRAM_NAME = declare(define("programName", String.class, text())
        .alias("program_name").mysqlOnly().doc("Sent as the connection attribute `program_name`."));
    /** Connection attribute workload_type. */
    public static final Option<String> WORKLOAD_TYPE = declare(define("workloadType", String.class, text())
        .doc("Sent as the connection attribute `workload_type`, and appended as `+<type>` to `_client_version` (as "
            + "the Python SDK does)."));
    /** NaN parameters become NULL. */
    public static final Option<Boolean> NAN_AS_NULL = declare(define("nanAsNull", Boolean.class, bool())
        .alias("nan_as_null").result().defaultValue(false)
        .doc("Result option (see [Scoped overrides](#scoped-overrides)): a NaN FLOAT/DOUBLE bind value is sent as "
            + "NULL instead of failing with `IllegalArgumentException` at execution."));
    /** Infinite parameters become NULL. */
    public static final Option<Boolean> INF_AS_NULL = declare(define("infAsNull", Boolean.class, bool())
        .alias("inf_as_null").result().defaultValue(false)
        .doc("Result option: an infinite FLOAT/DOUBLE bind value (+∞ or −∞) is sent as NULL instead of failing at "
            + "execution."));
    /** Statement interceptors; programmatic. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final Option<List<StatementInterceptor>> STATEMENT_INTERCEPTORS = declare(define(
        "statementInterceptors", (Class) List.class, OptionParsers.interceptors()).defaultValue(List.of()).programmatic()
        .doc("Asked in order before each statement is sent; the first that handles a statement answers it on the "
            + "client (see [§3.11](#311-statements-answered-on-the-client)). Also `Builder.statementInterceptor(…)`."));
    /** Fusion SQL: statement interceptors found on the class path. */
    public static final Option<Boolean> FUSION_ENABLED = declare(define("fusionEnabled", Boolean.class, bool())
        .alias("fusion.enabled").defaultValue(false)
        .doc("Also use the interceptors registered with `java.util.ServiceLoader` "
            + "(`META-INF/services/dev.s2r.driver.api.StatementInterceptor`), after those given explicitly: the "
            + "switch for Fusion SQL handlers, as in the Python SDK."));
    /** Extended type metadata (VECTOR, BSON). */
    public static final Option<Boolean> ENABLE_EXTENDED_DATA_TYPES = declare(define("enableExtendedDataTypes",
        Boolean.class, bool()).alias("enable_extended_data_types").defaultValue(true)
        .mysqlOnly().doc("On a server that may be SingleStore, sends `SET @@SESSION.enable_extended_types_metadata=ON, "
            + "@@SESSION.vector_type_project_format=<vectorDataFormat>` pipelined behind the setup query (see "
            + "[§6](#6-server-flavours)), so VECTOR and BSON columns are announced as such. An error answer (older "
            + "SingleStore) is ignored."));
    /** VECTOR projection format. */
    public static final Option<VectorDataFormat> VECTOR_DATA_FORMAT = declare(define("vectorDataFormat",
        VectorDataFormat.class, enumOf(VectorDataFormat.class, VectorDataFormat::parse)).alias("vector_data_format")
        .defaultValue(VectorDataFormat.BINARY)
        .mysqlOnly()
        .doc("How SingleStore sends VECTOR values: packed little-endian "
            + "elements, or JSON array text. Both decode to the same Java values."));
    /** Bound values in the query log. */
    public static final Option<Boolean> LOG_QUERY_PARAMETERS = declare(define("logQueryParameters", Boolean.class,
        bool()).defaultValue(false).doc("Adds bound values to the query log (see "
            + "[§8](#8-pooling-logging-and-observability))."));
    /** A whole connection URL; secret, because it usually holds a password. */
    public static final Option<String> URL = declare(define("url", String.class, text()).secret()
        .doc("A whole connection URL (`r2dbc:singlestore://`, `singlestoredb://`, `mysql://` or "
            + "`user:pw@host:port/db`), at the URL level of the precedence rule."));

    private static final Map<String, OptionDescriptor<?>> BY_NAME;

    static {
        Map<String, OptionDescriptor<?>> byName = new LinkedHashMap<>();
        for (OptionDescriptor<?> descriptor : ALL) {
            List<String> names = new ArrayList<>(descriptor.aliases());
            names.add(0, descriptor.name());
            for (String name : names) {
                if (byName.put(name.toLowerCase(Locale.ROOT), descriptor) != null) {
                    throw new ExceptionInInitializerError("Option name declared twice: " + name);
                }
            }
        }
        BY_NAME = Collections.unmodifiableMap(byName);
    }

    private SingleStoreOptions() {
    }

    private static <T> Declaration<T> define(String name, Class<T> type, OptionParsers.Parser<T> parser) {
        return new Declaration<>(name, type, parser);
    }

    private static <T> Option<T> declare(Declaration<T> declaration) {
        OptionDescriptor<T> descriptor = declaration.build();
        ALL.add(descriptor);
        BY_OPTION.put(descriptor.option(), descriptor);
        return descriptor.option();
    }

    /** @return every option, in declaration order */
    public static List<OptionDescriptor<?>> descriptors() {
        return Collections.unmodifiableList(ALL);
    }

    /**
     * @param option one of the keys declared here
     * @param <T>    the type of its values
     * @return its descriptor
     * @throws IllegalArgumentException for a key that is not an option of the driver
     */
    @SuppressWarnings("unchecked")
    public static <T> OptionDescriptor<T> descriptor(Option<T> option) {
        OptionDescriptor<?> descriptor = BY_OPTION.get(option);
        if (descriptor == null) {
            throw new IllegalArgumentException("Not an option of the singlestore driver: " + option);
        }
        return (OptionDescriptor<T>) descriptor;
    }

    /**
     * @param name an option name or alias, matched case-insensitively
     * @return the option
     */
    public static Optional<OptionDescriptor<?>> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    // ------------------------------------------------------------------------------------------ scoped overrides

    /**
     * Overrides a {@linkplain OptionDescriptor.Scope#RESULT result option} for one pipeline, by name or alias.
     *
     * @param option the option name
     * @param value  the value, validated now
     * @return a function for {@code contextWrite}
     * @throws IllegalArgumentException for an unknown option, a connection option or a malformed value
     */
    public static Function<Context, Context> contextWith(String option, Object value) {
        OptionDescriptor<?> descriptor = find(option).orElseThrow(() -> new IllegalArgumentException(
            "Unknown option '" + option + "' for driver 'singlestore'"));
        return OptionContexts.contextWith(descriptor, value, option);
    }

    /**
     * Overrides a {@linkplain OptionDescriptor.Scope#RESULT result option} for one pipeline.
     *
     * @param option the option
     * @param value  the value, validated now
     * @param <T>    the type of its values
     * @return a function for {@code contextWrite}
     * @throws IllegalArgumentException for a connection option or a malformed value
     */
    public static <T> Function<Context, Context> contextWith(Option<T> option, T value) {
        OptionDescriptor<T> descriptor = descriptor(option);
        return OptionContexts.contextWith(descriptor, value, descriptor.name());
    }

    /**
     * @param context a Reactor context
     * @param option  a result option
     * @param <T>     the type of its values
     * @return the pipeline's override, if any
     */
    public static <T> Optional<T> fromContext(ContextView context, Option<T> option) {
        OptionDescriptor<T> descriptor = descriptor(option);
        return context.<Object>getOrEmpty(OptionContexts.key(descriptor)).map(descriptor.type()::cast);
    }

    /**
     * @param context    a Reactor context
     * @param option     a result option
     * @param configured the connection's value
     * @param <T>        the type of its values
     * @return the pipeline's override, else {@code configured}
     */
    public static <T> T resultOption(ContextView context, Option<T> option, T configured) {
        return fromContext(context, option).orElse(configured);
    }
}
