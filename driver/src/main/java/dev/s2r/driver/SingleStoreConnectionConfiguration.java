/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.api.CredentialType;
import dev.s2r.driver.api.HaMode;
import dev.s2r.driver.api.HostAndPort;
import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.api.SslMode;
import dev.s2r.driver.api.StatementTimeoutMode;
import dev.s2r.driver.api.VectorDataFormat;
import dev.s2r.driver.api.StatementInterceptor;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The immutable settings of connections to a SingleStore (or other MySQL-protocol) server. Build one with
 * {@link #builder()}; the password never appears in {@link #toString()}.
 *
 * <p>Settings can also come from a connection URL ({@link Builder#url(String)}) and from {@code SINGLESTOREDB_*}
 * environment variables ({@link Builder#fromEnvironment()}), resolved by the rule of {@link SingleStoreOptions}:
 * builder setters &gt; URL &gt; environment &gt; defaults.
 */
public final class SingleStoreConnectionConfiguration {

    /** The default port of the MySQL protocol. */
    public static final int DEFAULT_PORT = 3306;

    /** How long a host that failed to connect is skipped by default. */
    public static final Duration DEFAULT_HOST_DENY_DURATION = Duration.ofSeconds(60);

    /** How many passes over the host list a new connection makes by default when every host fails. */
    public static final int DEFAULT_RETRIES_ALL_DOWN = 3;

    private final java.util.List<HostAndPort> hosts;
    private final String host;
    private final int port;
    private final HaMode haMode;
    private final Duration hostDenyDuration;
    private final int retriesAllDown;
    private final String user;
    private final CharSequence password;
    private final org.reactivestreams.Publisher<? extends CharSequence> passwordPublisher;
    private final CredentialType credentialType;
    private final String database;
    private final SslMode sslMode;
    private final Path sslCa;
    private final Duration connectTimeout;
    private final boolean useServerPrepStmts;
    private final int prepareCacheSize;
    private final boolean allowMultiQueries;
    private final boolean rewriteBatchedInserts;
    private final boolean useBulkStmts;
    private final boolean tcpNoDelay;
    private final boolean tcpKeepAlive;
    private final boolean allowPublicKeyRetrieval;
    private final int pipelineLimit;
    private final long cancelKillThreshold;
    private final ZoneId serverZoneId;
    private final Map<String, String> connectionAttributes;
    private final long maxMessageSize;
    private final String socket;
    private final Duration socketTimeout;
    private final Path allowLoadLocalInfileInPath;
    private final boolean allowClearPasswordOverPlainText;
    private final Path serverRsaPublicKeyFile;
    private final byte[] serverRsaPublicKey;
    private final Object observationRegistry;
    private final Path sslCert;
    private final Path sslKey;
    private final String sslServerName;
    private final java.util.List<String> tlsVersions;
    private final java.util.List<String> tlsCiphers;
    private final io.netty.handler.ssl.SslContext sslContext;
    private final boolean observationIncludeSql;
    private final dev.s2r.driver.api.ZeroDateOption zeroDateOption;
    private final String programName;
    private final String workloadType;
    private final boolean nanAsNull;
    private final boolean infAsNull;
    private final boolean fusionEnabled;
    private final java.util.List<StatementInterceptor> statementInterceptors;
    private final Map<String, String> passThrough;
    private final boolean enableExtendedDataTypes;
    private final VectorDataFormat vectorDataFormat;
    private final StatementTimeoutMode statementTimeoutMode;
    private final boolean logQueryParameters;
    private final Map<String, String> sessionVariables;
    private final String initSql;

    private SingleStoreConnectionConfiguration(Builder b) {
        this.hosts = HostAndPort.parseList(b.host, b.port);
        this.host = this.hosts.get(0).host();
        this.port = this.hosts.get(0).port();
        this.haMode = b.haMode;
        this.hostDenyDuration = b.hostDenyDuration;
        this.retriesAllDown = b.retriesAllDown;
        this.user = b.user;
        this.password = b.password;
        this.passwordPublisher = b.passwordPublisher;
        this.credentialType = b.credentialType;
        this.database = b.database;
        this.sslMode = b.sslMode;
        this.sslCa = b.sslCa;
        this.connectTimeout = b.connectTimeout;
        this.useServerPrepStmts = b.useServerPrepStmts;
        this.prepareCacheSize = b.prepareCacheSize;
        this.allowMultiQueries = b.allowMultiQueries;
        this.rewriteBatchedInserts = b.rewriteBatchedInserts;
        this.useBulkStmts = b.useBulkStmts;
        this.tcpNoDelay = b.tcpNoDelay;
        this.tcpKeepAlive = b.tcpKeepAlive;
        this.allowPublicKeyRetrieval = b.allowPublicKeyRetrieval;
        this.pipelineLimit = b.pipelineLimit;
        this.cancelKillThreshold = b.cancelKillThreshold;
        this.serverZoneId = b.serverZoneId;
        this.connectionAttributes = Map.copyOf(b.connectionAttributes);
        this.maxMessageSize = b.maxMessageSize;
        this.socket = b.socket;
        this.socketTimeout = b.socketTimeout;
        this.allowLoadLocalInfileInPath = b.allowLoadLocalInfileInPath;
        this.allowClearPasswordOverPlainText = b.allowClearPasswordOverPlainText;
        this.serverRsaPublicKeyFile = b.serverRsaPublicKeyFile;
        this.serverRsaPublicKey = readPublicKey(b.serverRsaPublicKeyFile);
        this.observationRegistry = b.observationRegistry;
        this.sslCert = b.sslCert;
        this.sslKey = b.sslKey;
        this.sslServerName = b.sslServerName;
        this.tlsVersions = java.util.List.copyOf(b.tlsVersions);
        this.tlsCiphers = java.util.List.copyOf(b.tlsCiphers);
        this.sslContext = b.sslContext;
        this.observationIncludeSql = b.observationIncludeSql;
        this.zeroDateOption = b.zeroDateOption;
        this.programName = b.programName;
        this.workloadType = b.workloadType;
        this.nanAsNull = b.nanAsNull;
        this.infAsNull = b.infAsNull;
        this.fusionEnabled = b.fusionEnabled;
        this.statementInterceptors = interceptors(b.statementInterceptors, b.fusionEnabled);
        this.passThrough = Map.copyOf(b.passThrough);
        this.enableExtendedDataTypes = b.enableExtendedDataTypes;
        this.vectorDataFormat = b.vectorDataFormat;
        this.statementTimeoutMode = b.statementTimeoutMode;
        this.logQueryParameters = b.logQueryParameters;
        this.sessionVariables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.sessionVariables));
        this.initSql = b.initSql;
    }

    /**
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the host name or address of the first host */
    public String getHost() {
        return this.host;
    }

    /** @return the port of the first host */
    public int getPort() {
        return this.port;
    }

    /**
     * @return every host a new connection may be opened to, in the order given (at least one); hosts given without
     * a port have {@link #getPort() the port option}'s
     */
    public java.util.List<HostAndPort> getHosts() {
        return this.hosts;
    }

    /** @return how a new connection picks one of several hosts */
    public HaMode getHaMode() {
        return this.haMode;
    }

    /** @return how long a host that failed to connect is skipped by new connections (zero: never skipped) */
    public Duration getHostDenyDuration() {
        return this.hostDenyDuration;
    }

    /**
     * @return how many passes over the host list a new connection makes when every host fails to connect, with a
     * short pause between passes; a single host is tried once
     */
    public int getRetriesAllDown() {
        return this.retriesAllDown;
    }

    /** @return the user name */
    public String getUser() {
        return this.user;
    }

    /** @return the password, or {@code null} */
    public CharSequence getPassword() {
        return this.password;
    }

    /**
     * @return the publisher subscribed for the password (or token) of each new connection, or {@code null} when the
     * fixed {@linkplain #getPassword() password} is used
     */
    public org.reactivestreams.Publisher<? extends CharSequence> getPasswordPublisher() {
        return this.passwordPublisher;
    }

    /** @return what the password is: a password or a JWT */
    public CredentialType getCredentialType() {
        return this.credentialType;
    }

    /** @return the initial database, or {@code null} */
    public String getDatabase() {
        return this.database;
    }

    /** @return the TLS mode */
    public SslMode getSslMode() {
        return this.sslMode;
    }

    /** @return the PEM file of the CA that signs the server certificate, or {@code null} for the JVM trust store */
    public Path getSslCa() {
        return this.sslCa;
    }

    /** @return the TCP connect timeout */
    public Duration getConnectTimeout() {
        return this.connectTimeout;
    }

    /** @return whether parameterised statements are prepared on the server (else interpolated on the client) */
    public boolean isUseServerPrepStmts() {
        return this.useServerPrepStmts;
    }

    /** @return how many server-prepared statements each connection keeps (LRU) */
    public int getPrepareCacheSize() {
        return this.prepareCacheSize;
    }

    /** @return whether several statements separated by {@code ;} may be sent in one query */
    public boolean isAllowMultiQueries() {
        return this.allowMultiQueries;
    }

    /** @return whether {@code add()} batches of a plain INSERT ... VALUES are sent as multi-row INSERTs */
    public boolean isRewriteBatchedInserts() {
        return this.rewriteBatchedInserts;
    }

    /**
     * @return whether {@code add()} batches of a plain INSERT ... VALUES are sent as MariaDB's
     * {@code COM_STMT_BULK_EXECUTE} when the server offers it
     */
    public boolean isUseBulkStmts() {
        return this.useBulkStmts;
    }

    /** @return whether TCP_NODELAY is set */
    public boolean isTcpNoDelay() {
        return this.tcpNoDelay;
    }

    /** @return whether SO_KEEPALIVE is set */
    public boolean isTcpKeepAlive() {
        return this.tcpKeepAlive;
    }

    /** @return whether sha256_password and caching_sha2_password may fetch the server's RSA key over plain TCP */
    public boolean isAllowPublicKeyRetrieval() {
        return this.allowPublicKeyRetrieval;
    }

    /** @return how many commands may be in flight on one connection */
    public int getPipelineLimit() {
        return this.pipelineLimit;
    }

    /**
     * @return after how many bytes of a cancelled result the driver stops draining it and kills the query with
     * {@code KILL QUERY} from a side connection; 0 never kills
     */
    public long getCancelKillThreshold() {
        return this.cancelKillThreshold;
    }

    /** @return the zone to interpret DATETIME/TIMESTAMP values in, or {@code null} to use the session's */
    public ZoneId getServerZoneId() {
        return this.serverZoneId;
    }

    /** @return connection attributes sent in addition to the driver's own */
    public Map<String, String> getConnectionAttributes() {
        return this.connectionAttributes;
    }

    /**
     * @return the path of the server's Unix domain socket to connect through instead of TCP, or {@code null}; the
     * host name is then only used for TLS (SNI and verification)
     */
    public String getSocket() {
        return this.socket;
    }

    /** @return how zero dates ({@code 0000-00-00}) are read: as an error (default), as NULL, or rounded */
    public dev.s2r.driver.api.ZeroDateOption getZeroDateOption() {
        return this.zeroDateOption;
    }

    /**
     * @return how long the server may stay silent while a command waits for its answer before the connection is
     * closed with {@code R2dbcTimeoutException}; {@link Duration#ZERO} (the default) waits forever
     */
    public Duration getSocketTimeout() {
        return this.socketTimeout;
    }

    /**
     * @return the directory under which {@code LOAD DATA LOCAL INFILE} may read files, or {@code null} when the
     * feature is off (the default)
     */
    public Path getAllowLoadLocalInfileInPath() {
        return this.allowLoadLocalInfileInPath;
    }

    /** @return whether {@code mysql_clear_password} may send the password over an unencrypted connection */
    public boolean isAllowClearPasswordOverPlainText() {
        return this.allowClearPasswordOverPlainText;
    }

    /** @return the PEM file with the server's RSA public key, or {@code null} */
    public Path getServerRsaPublicKeyFile() {
        return this.serverRsaPublicKeyFile;
    }

    /**
     * @return a copy of the contents of {@link #getServerRsaPublicKeyFile()}, read once when this configuration was
     * built (so that no login reads a file), or {@code null}
     */
    public byte[] getServerRsaPublicKey() {
        return this.serverRsaPublicKey == null ? null : this.serverRsaPublicKey.clone();
    }

    private static byte[] readPublicKey(Path file) {
        if (file == null) {
            return null;
        }
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("serverRsaPublicKeyFile " + file + " cannot be read: " + e, e);
        }
    }

    /** @return the Micrometer {@code ObservationRegistry} statements are observed in, or {@code null} */
    public Object getObservationRegistry() {
        return this.observationRegistry;
    }

    /** @return whether observations carry the SQL text as the high-cardinality key {@code db.statement} */
    public boolean isObservationIncludeSql() {
        return this.observationIncludeSql;
    }

    /** @return the client certificate (PEM) for mutual TLS, or {@code null} */
    public Path getSslCert() {
        return this.sslCert;
    }

    /** @return the client's private key (PEM, PKCS#8) for mutual TLS, or {@code null} */
    public Path getSslKey() {
        return this.sslKey;
    }

    /** @return the name sent as SNI and checked by VERIFY_IDENTITY instead of the host, or {@code null} */
    public String getSslServerName() {
        return this.sslServerName;
    }

    /** @return the TLS protocol versions allowed (e.g. {@code TLSv1.3}); empty for the JDK's defaults */
    public java.util.List<String> getTlsVersions() {
        return this.tlsVersions;
    }

    /** @return the cipher suites allowed; empty for the JDK's defaults */
    public java.util.List<String> getTlsCiphers() {
        return this.tlsCiphers;
    }

    /** @return a TLS context supplied by the application (used as is), or {@code null} */
    public io.netty.handler.ssl.SslContext getSslContext() {
        return this.sslContext;
    }

    /** @return the largest server payload accepted, in bytes */
    public long getMaxMessageSize() {
        return this.maxMessageSize;
    }

    /** @return the value of the connection attribute {@code program_name}, or {@code null} */
    public String getProgramName() {
        return this.programName;
    }

    /**
     * @return the workload type ({@code SINGLESTOREDB_WORKLOAD_TYPE}), sent as the connection attribute
     * {@code workload_type} and appended as {@code +type} to {@code _client_version}; or {@code null}
     */
    public String getWorkloadType() {
        return this.workloadType;
    }

    /**
     * @return whether NaN parameters are sent as NULL instead of failing; a pipeline may override it with
     * {@link SingleStoreOptions#contextWith(String, Object)}
     */
    public boolean isNanAsNull() {
        return this.nanAsNull;
    }

    /**
     * @return whether infinite parameters are sent as NULL instead of failing; a pipeline may override it with
     * {@link SingleStoreOptions#contextWith(String, Object)}
     */
    public boolean isInfAsNull() {
        return this.infAsNull;
    }

    /**
     * @return whether the statement interceptors registered with {@link java.util.ServiceLoader} (Fusion SQL
     * handlers) are used ({@code SINGLESTOREDB_FUSION_ENABLED}; default {@code false})
     */
    public boolean isFusionEnabled() {
        return this.fusionEnabled;
    }

    /**
     * @return the interceptors asked, in order, before each statement is sent: those given to the builder, then,
     * when {@link #isFusionEnabled()}, those registered with {@link java.util.ServiceLoader}
     */
    public java.util.List<StatementInterceptor> getStatementInterceptors() {
        return this.statementInterceptors;
    }

    private static java.util.List<StatementInterceptor> interceptors(java.util.List<StatementInterceptor> given,
                                                                     boolean discover) {
        if (!discover) {
            return given;
        }
        java.util.List<StatementInterceptor> all = new java.util.ArrayList<>(given);
        for (StatementInterceptor found : java.util.ServiceLoader.load(StatementInterceptor.class,
            SingleStoreConnectionConfiguration.class.getClassLoader())) {
            all.add(found);
        }
        return java.util.List.copyOf(all);
    }

    /**
     * @param name the name of a {@link SingleStoreOptions.Scope#PASS_THROUGH} option
     * @return its text as given, or {@code null} when it was not given
     */
    String passThroughOption(String name) {
        return this.passThrough.get(name);
    }

    /**
     * @return whether SingleStore is asked at connect for extended type metadata (VECTOR and BSON columns)
     */
    public boolean isEnableExtendedDataTypes() {
        return this.enableExtendedDataTypes;
    }

    /** @return the form in which SingleStore is asked to send VECTOR values */
    public VectorDataFormat getVectorDataFormat() {
        return this.vectorDataFormat;
    }

    /** @return whether the query log ({@code dev.s2r.driver.QUERY} at DEBUG) shows bound values */
    public boolean isLogQueryParameters() {
        return this.logQueryParameters;
    }

    /** @return the session variables set at connect, in order (values are SQL) */
    public Map<String, String> getSessionVariables() {
        return this.sessionVariables;
    }

    /** @return the SQL run on every new connection after the session is set up, or {@code null} */
    public String getInitSql() {
        return this.initSql;
    }

    /** @return how the statement timeout is enforced */
    public StatementTimeoutMode getStatementTimeoutMode() {
        return this.statementTimeoutMode;
    }

    @Override
    public String toString() {
        return "SingleStoreConnectionConfiguration{host='" + this.host + "', port=" + this.port
            + (this.hosts.size() == 1 ? "" : ", hosts=" + this.hosts + ", haMode=" + this.haMode
            + ", hostDenyDuration=" + this.hostDenyDuration + ", retriesAllDown=" + this.retriesAllDown)
            + ", user='" + this.user
            + "', password=" + (this.password == null && this.passwordPublisher == null ? "null" : "***")
            + ", credentialType=" + this.credentialType + ", database='" + this.database
            + "', sslMode=" + this.sslMode + ", connectTimeout=" + this.connectTimeout + ", useServerPrepStmts="
            + this.useServerPrepStmts + ", prepareCacheSize=" + this.prepareCacheSize + ", allowMultiQueries="
            + this.allowMultiQueries + ", rewriteBatchedInserts=" + this.rewriteBatchedInserts + ", useBulkStmts="
            + this.useBulkStmts + ", tcpNoDelay=" + this.tcpNoDelay + ", tcpKeepAlive=" + this.tcpKeepAlive
            + ", pipelineLimit=" + this.pipelineLimit + ", serverZoneId=" + this.serverZoneId
            + (this.programName == null ? "" : ", programName='" + this.programName + '\'')
            + (this.workloadType == null ? "" : ", workloadType='" + this.workloadType + '\'')
            + ", nanAsNull=" + this.nanAsNull + ", infAsNull=" + this.infAsNull
            + (this.statementInterceptors.isEmpty() ? ""
                : ", statementInterceptors=" + this.statementInterceptors.size())
            + ", fusionEnabled=" + this.fusionEnabled
            + ", enableExtendedDataTypes=" + this.enableExtendedDataTypes + ", vectorDataFormat="
            + this.vectorDataFormat + ", statementTimeoutMode=" + this.statementTimeoutMode + '}';
    }

    /**
     * A builder of {@link SingleStoreConnectionConfiguration}. Not thread-safe.
     *
     * <p>Setters are the explicit level of {@link SingleStoreOptions}: they win over {@link #url(String)}, which wins
     * over the environment read by {@link #fromEnvironment()}, whatever order the methods are called in.
     */
    public static final class Builder {

        private String host = "localhost";
        private int port = DEFAULT_PORT;
        private HaMode haMode = HaMode.SEQUENTIAL;
        private Duration hostDenyDuration = DEFAULT_HOST_DENY_DURATION;
        private int retriesAllDown = DEFAULT_RETRIES_ALL_DOWN;
        private String user;
        private CharSequence password;
        private org.reactivestreams.Publisher<? extends CharSequence> passwordPublisher;
        private CredentialType credentialType = CredentialType.PASSWORD;
        private String database;
        private SslMode sslMode = SslMode.PREFERRED;
        private Path sslCa;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private boolean useServerPrepStmts = true;
        private int prepareCacheSize = 256;
        private boolean allowMultiQueries;
        private boolean rewriteBatchedInserts = true;
        private boolean useBulkStmts = true;
        private boolean tcpNoDelay = true;
        private boolean tcpKeepAlive;
        private boolean allowPublicKeyRetrieval;
        private int pipelineLimit = 32;
        private long cancelKillThreshold = 4L * 1024 * 1024;
        private ZoneId serverZoneId;
        private final Map<String, String> connectionAttributes = new LinkedHashMap<>();
        private long maxMessageSize = 1L << 30;
        private String socket;
        private Duration socketTimeout = Duration.ZERO;
        private Path allowLoadLocalInfileInPath;
        private boolean allowClearPasswordOverPlainText;
        private Path serverRsaPublicKeyFile;
        private Object observationRegistry;
        private Path sslCert;
        private Path sslKey;
        private String sslServerName;
        private java.util.List<String> tlsVersions = java.util.List.of();
        private java.util.List<String> tlsCiphers = java.util.List.of();
        private io.netty.handler.ssl.SslContext sslContext;
        private boolean observationIncludeSql;
        private dev.s2r.driver.api.ZeroDateOption zeroDateOption = dev.s2r.driver.api.ZeroDateOption.EXCEPTION;
        private String programName;
        private String workloadType;
        private boolean nanAsNull;
        private boolean infAsNull;
        private boolean fusionEnabled;
        private java.util.List<StatementInterceptor> statementInterceptors = java.util.List.of();
        private final Map<String, String> passThrough = new LinkedHashMap<>();

        /** Values given to setters, by option name: the explicit level when a URL or the environment is used. */
        private final Map<String, Object> explicit = new LinkedHashMap<>();
        private String url;
        private Function<String, String> environment;
        private boolean enableExtendedDataTypes = true;
        private VectorDataFormat vectorDataFormat = VectorDataFormat.BINARY;
        private StatementTimeoutMode statementTimeoutMode = StatementTimeoutMode.AUTO;
        private boolean logQueryParameters;
        private Map<String, String> sessionVariables = new LinkedHashMap<>();
        private String initSql;

        private Builder() {
        }

        private <T> T explicit(String name, T value) {
            if (value == null) {
                this.explicit.remove(name);
            } else {
                this.explicit.put(name, value);
            }
            return value;
        }

        /**
         * Takes settings from a connection URL, below the setters and above the environment. Accepts
         * {@code r2dbc:singlestore://user:password@host:port/database?option=value}, {@code singlestoredb://…},
         * {@code mysql://…} and {@code user:password@host:port/database}; query keys are option names or the
         * Python SDK's snake_case names. The URL is parsed by {@link #build()}.
         *
         * @param url the URL; secret, as it may hold a password
         * @return this builder
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * Takes settings not given to the setters or the URL from the {@code SINGLESTOREDB_*} environment
         * variables of this process (for example {@code SINGLESTOREDB_URL} alone); see {@link SingleStoreOptions}.
         *
         * @return this builder
         */
        public Builder fromEnvironment() {
            return fromEnvironment(System::getenv);
        }

        /**
         * As {@link #fromEnvironment()}, reading variables through {@code environment} (tests pass a map's
         * {@code get}).
         *
         * @param environment returns the value of a variable, or {@code null} when it is unset
         * @return this builder
         */
        public Builder fromEnvironment(Function<String, String> environment) {
            this.environment = Objects.requireNonNull(environment, "environment must not be null");
            return this;
        }

        /**
         * @param host the host name or address, or several as {@code host[:port]} entries separated by commas
         *             ({@code h1:3306,h2,[::1]:3307}); entries without a port use {@link #port(int)}
         * @return this builder
         * @throws IllegalArgumentException when an entry is empty or has a malformed port
         */
        public Builder host(String host) {
            requireText(host, "host");
            try {
                HostAndPort.parseList(host, DEFAULT_PORT);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("host: " + e.getMessage());
            }
            this.host = explicit("host", host);
            return this;
        }

        /**
         * @param hosts the hosts a new connection may be opened to, in order (see {@link #haMode(HaMode)})
         * @return this builder
         * @throws IllegalArgumentException when the list is empty
         */
        public Builder hosts(java.util.List<HostAndPort> hosts) {
            Objects.requireNonNull(hosts, "hosts must not be null");
            if (hosts.isEmpty() || hosts.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("hosts must hold at least one host and no null");
            }
            return host(HostAndPort.format(hosts));
        }

        /**
         * @param haMode how a new connection picks one of several hosts: in order ({@link HaMode#SEQUENTIAL},
         *               default) or in a random order ({@link HaMode#LOADBALANCE})
         * @return this builder
         */
        public Builder haMode(HaMode haMode) {
            this.haMode = explicit("haMode", Objects.requireNonNull(haMode, "haMode must not be null"));
            return this;
        }

        /**
         * @param duration how long a host that failed to connect is skipped by new connections of the whole JVM
         *                 (default 60 s); zero never skips a host
         * @return this builder
         */
        public Builder hostDenyDuration(Duration duration) {
            Objects.requireNonNull(duration, "hostDenyDuration must not be null");
            if (duration.isNegative()) {
                throw new IllegalArgumentException("hostDenyDuration must not be negative, got " + duration);
            }
            this.hostDenyDuration = explicit("hostDenyDuration", duration);
            return this;
        }

        /**
         * @param passes how many passes over the host list a new connection makes when every host fails to
         *               connect, pausing 250 ms between passes (default 3); at least 1. A single host is tried once.
         * @return this builder
         */
        public Builder retriesAllDown(int passes) {
            if (passes < 1) {
                throw new IllegalArgumentException("retriesAllDown must be at least 1, got " + passes);
            }
            this.retriesAllDown = explicit("retriesAllDown", passes);
            return this;
        }

        /**
         * @param port the port, 1 to 65535; for several hosts, the port of those given without one
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port must be between 1 and 65535, got " + port);
            }
            this.port = explicit("port", port);
            return this;
        }

        /**
         * @param user the user name
         * @return this builder
         */
        public Builder user(String user) {
            this.user = explicit("user", Objects.requireNonNull(user, "user must not be null"));
            return this;
        }

        /**
         * @param password the password, may be {@code null}
         * @return this builder
         */
        public Builder password(CharSequence password) {
            this.password = explicit("password", password);
            return this;
        }

        /**
         * @param passwordPublisher a publisher of the password (or JWT) subscribed once for each new connection, so
         *                          that rotated credentials and refreshed tokens are picked up (for example
         *                          {@code Mono.fromCallable(tokens::current)}); its first element is used, and it takes
         *                          precedence over {@link #password(CharSequence)}; {@code null} removes it
         * @return this builder
         */
        public Builder passwordPublisher(org.reactivestreams.Publisher<? extends CharSequence> passwordPublisher) {
            this.passwordPublisher = explicit("passwordPublisher", passwordPublisher);
            return this;
        }

        /**
         * @param credentialType what the password is (default {@link CredentialType#PASSWORD}); with
         *                       {@link CredentialType#JWT} the user defaults to {@code *}
         * @return this builder
         */
        public Builder credentialType(CredentialType credentialType) {
            this.credentialType = explicit("credentialType", Objects.requireNonNull(credentialType,
                "credentialType must not be null"));
            return this;
        }

        /**
         * @param database the initial database, may be {@code null}
         * @return this builder
         */
        public Builder database(String database) {
            this.database = explicit("database", database == null || database.isEmpty() ? null : database);
            return this;
        }

        /**
         * @param sslMode the TLS mode
         * @return this builder
         */
        public Builder sslMode(SslMode sslMode) {
            this.sslMode = explicit("sslMode", Objects.requireNonNull(sslMode, "sslMode must not be null"));
            return this;
        }

        /**
         * @param sslCa a PEM file with the CA certificate(s) to verify the server with
         * @return this builder
         */
        public Builder sslCa(Path sslCa) {
            this.sslCa = explicit("sslCa", sslCa);
            return this;
        }

        /**
         * @param connectTimeout the TCP connect timeout
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            Objects.requireNonNull(connectTimeout, "connectTimeout must not be null");
            if (connectTimeout.isNegative() || connectTimeout.isZero()) {
                throw new IllegalArgumentException("connectTimeout must be positive, got " + connectTimeout);
            }
            this.connectTimeout = explicit("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * @param useServerPrepStmts {@code true} to prepare parameterised statements on the server (default),
         *                           {@code false} to interpolate parameters into the SQL on the client
         * @return this builder
         */
        public Builder useServerPrepStmts(boolean useServerPrepStmts) {
            this.useServerPrepStmts = explicit("useServerPrepStmts", useServerPrepStmts);
            return this;
        }

        /**
         * @param prepareCacheSize prepared statements kept per connection; 0 closes each after use
         * @return this builder
         */
        public Builder prepareCacheSize(int prepareCacheSize) {
            if (prepareCacheSize < 0) {
                throw new IllegalArgumentException("prepareCacheSize must not be negative, got " + prepareCacheSize);
            }
            this.prepareCacheSize = explicit("prepareCacheSize", prepareCacheSize);
            return this;
        }

        /**
         * @param allowMultiQueries whether SQL may hold several statements separated by {@code ;}
         * @return this builder
         */
        public Builder allowMultiQueries(boolean allowMultiQueries) {
            this.allowMultiQueries = explicit("allowMultiQueries", allowMultiQueries);
            return this;
        }

        /**
         * @param rewriteBatchedInserts whether {@code Statement.add()} batches of a plain
         *                              {@code INSERT ... VALUES (...)} are sent as multi-row INSERTs split under
         *                              {@code max_allowed_packet} (default {@code true})
         * @return this builder
         */
        public Builder rewriteBatchedInserts(boolean rewriteBatchedInserts) {
            this.rewriteBatchedInserts = explicit("rewriteBatchedInserts", rewriteBatchedInserts);
            return this;
        }

        /**
         * @param useBulkStmts whether {@code Statement.add()} batches of a plain {@code INSERT ... VALUES (...)} are
         *                     sent as MariaDB's {@code COM_STMT_BULK_EXECUTE} (one command carrying every binding)
         *                     when the server announces it and {@code useServerPrepStmts} is on (default
         *                     {@code true}); otherwise they are rewritten as set by {@code rewriteBatchedInserts}
         * @return this builder
         */
        public Builder useBulkStmts(boolean useBulkStmts) {
            this.useBulkStmts = explicit("useBulkStmts", useBulkStmts);
            return this;
        }

        /**
         * @param tcpNoDelay whether to disable Nagle's algorithm (default {@code true})
         * @return this builder
         */
        public Builder tcpNoDelay(boolean tcpNoDelay) {
            this.tcpNoDelay = explicit("tcpNoDelay", tcpNoDelay);
            return this;
        }

        /**
         * @param tcpKeepAlive whether to enable TCP keep-alive
         * @return this builder
         */
        public Builder tcpKeepAlive(boolean tcpKeepAlive) {
            this.tcpKeepAlive = explicit("tcpKeepAlive", tcpKeepAlive);
            return this;
        }

        /**
         * @param allowPublicKeyRetrieval whether sha256_password and caching_sha2_password may ask the server for
         *                                its RSA key
         * @return this builder
         */
        public Builder allowPublicKeyRetrieval(boolean allowPublicKeyRetrieval) {
            this.allowPublicKeyRetrieval = explicit("allowPublicKeyRetrieval", allowPublicKeyRetrieval);
            return this;
        }

        /**
         * @param pipelineLimit how many commands may be in flight at once on a connection (1 disables pipelining)
         * @return this builder
         */
        public Builder pipelineLimit(int pipelineLimit) {
            if (pipelineLimit < 1) {
                throw new IllegalArgumentException("pipelineLimit must be at least 1, got " + pipelineLimit);
            }
            this.pipelineLimit = explicit("pipelineLimit", pipelineLimit);
            return this;
        }

        /**
         * @param cancelKillThreshold bytes of a cancelled result to drain before the driver kills the query with
         *                            {@code KILL QUERY} from a side connection (default 4 MiB); 0 always drains
         * @return this builder
         */
        public Builder cancelKillThreshold(long cancelKillThreshold) {
            if (cancelKillThreshold < 0) {
                throw new IllegalArgumentException("cancelKillThreshold must not be negative, got "
                    + cancelKillThreshold);
            }
            this.cancelKillThreshold = explicit("cancelKillThreshold", cancelKillThreshold);
            return this;
        }

        /**
         * @param serverZoneId the zone of DATETIME/TIMESTAMP values; {@code null} reads the session's time zone
         * @return this builder
         */
        public Builder serverZoneId(ZoneId serverZoneId) {
            this.serverZoneId = explicit("serverZoneId", serverZoneId);
            return this;
        }

        /**
         * @param name  a connection attribute name
         * @param value its value
         * @return this builder
         */
        public Builder connectionAttribute(String name, String value) {
            this.connectionAttributes.put(requireText(name, "connection attribute name"),
                Objects.requireNonNull(value, "connection attribute value must not be null"));
            this.explicit.put("connectionAttributes", new LinkedHashMap<>(this.connectionAttributes));
            return this;
        }

        /**
         * @param zeroDateOption how zero dates are read: {@code EXCEPTION} (default), {@code NULL} or {@code ROUND}
         * @return this builder
         */
        public Builder zeroDateOption(dev.s2r.driver.api.ZeroDateOption zeroDateOption) {
            this.zeroDateOption = explicit("zeroDateOption", java.util.Objects.requireNonNull(zeroDateOption,
                "zeroDateOption must not be null"));
            return this;
        }

        /**
         * @param certificate the client certificate (PEM) for mutual TLS; needs {@link #sslKey(Path)}
         * @return this builder
         */
        public Builder sslCert(Path certificate) {
            this.sslCert = explicit("sslCert", certificate);
            return this;
        }

        /**
         * @param key the client's private key (PEM, PKCS#8) for mutual TLS
         * @return this builder
         */
        public Builder sslKey(Path key) {
            this.sslKey = explicit("sslKey", key);
            return this;
        }

        /**
         * @param name the name to send as SNI and to verify with VERIFY_IDENTITY, instead of the host connected to
         * @return this builder
         */
        public Builder sslServerName(String name) {
            this.sslServerName = explicit("sslServerName", name);
            return this;
        }

        /**
         * @param versions the TLS protocol versions allowed, e.g. {@code TLSv1.2}, {@code TLSv1.3}
         * @return this builder
         */
        public Builder tlsVersions(java.util.List<String> versions) {
            this.tlsVersions = explicit("tlsVersion", java.util.List.copyOf(versions));
            return this;
        }

        /**
         * @param ciphers the cipher suites allowed (JDK names)
         * @return this builder
         */
        public Builder tlsCiphers(java.util.List<String> ciphers) {
            this.tlsCiphers = explicit("tlsCiphers", java.util.List.copyOf(ciphers));
            return this;
        }

        /**
         * @param context a client TLS context built by the application, used as is (the sslCa, sslCert, sslKey,
         *                tlsVersion and tlsCiphers options are then ignored); the mode still decides when TLS is used
         * @return this builder
         */
        public Builder sslContext(io.netty.handler.ssl.SslContext context) {
            this.sslContext = explicit("sslContext", context);
            return this;
        }

        /**
         * @param registry a Micrometer {@code io.micrometer.observation.ObservationRegistry} (an optional dependency):
         *                 each statement becomes one observation named {@code s2r.query}; {@code null} turns it off
         * @return this builder
         * @throws IllegalArgumentException when {@code registry} is not an {@code ObservationRegistry}
         */
        public Builder observationRegistry(Object registry) {
            if (registry != null && !isObservationRegistry(registry)) {
                throw new IllegalArgumentException("observationRegistry must be an io.micrometer.observation."
                    + "ObservationRegistry, got " + registry.getClass().getName());
            }
            this.observationRegistry = explicit("observationRegistry", registry);
            return this;
        }

        private static boolean isObservationRegistry(Object registry) {
            try {
                return Class.forName("io.micrometer.observation.ObservationRegistry", false,
                    registry.getClass().getClassLoader()).isInstance(registry);
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }

        /**
         * @param include whether observations carry the SQL text (high cardinality; it may contain literals);
         *                default {@code false}
         * @return this builder
         */
        public Builder observationIncludeSql(boolean include) {
            this.observationIncludeSql = explicit("observationIncludeSql", include);
            return this;
        }

        /**
         * @param allow whether {@code mysql_clear_password} may send the password in clear text over an unencrypted
         *              connection (default {@code false}: refused; use TLS instead)
         * @return this builder
         */
        public Builder allowClearPasswordOverPlainText(boolean allow) {
            this.allowClearPasswordOverPlainText = explicit("allowClearPasswordOverPlainText", allow);
            return this;
        }

        /**
         * @param file a PEM file with the server's RSA public key, used by {@code sha256_password} and
         *             {@code caching_sha2_password} over unencrypted TCP instead of asking the server for it; read
         *             when the configuration is built
         * @return this builder
         */
        public Builder serverRsaPublicKeyFile(Path file) {
            this.serverRsaPublicKeyFile = explicit("serverRsaPublicKeyFile", file);
            return this;
        }

        /**
         * @param directory the directory under which {@code LOAD DATA LOCAL INFILE} may read files (links resolved);
         *                  {@code null} turns the feature off (default)
         * @return this builder
         */
        public Builder allowLoadLocalInfileInPath(Path directory) {
            this.allowLoadLocalInfileInPath = explicit("allowLoadLocalInfileInPath", directory);
            return this;
        }

        /**
         * @param socketTimeout how long the server may stay silent while a command waits for its answer (reading
         *                      paused for a slow subscriber does not count); zero waits forever (default)
         * @return this builder
         */
        public Builder socketTimeout(Duration socketTimeout) {
            java.util.Objects.requireNonNull(socketTimeout, "socketTimeout must not be null");
            if (socketTimeout.isNegative()) {
                throw new IllegalArgumentException("socketTimeout must not be negative, got " + socketTimeout);
            }
            this.socketTimeout = explicit("socketTimeout", socketTimeout);
            return this;
        }

        /**
         * @param socket the path of the server's Unix domain socket (needs Netty's native epoll or kqueue transport,
         *               which reactor-netty brings on Linux and macOS); {@code null} for TCP
         * @return this builder
         */
        public Builder socket(String socket) {
            this.socket = explicit("socket", socket == null || socket.isEmpty() ? null : socket);
            return this;
        }

        /**
         * @param maxMessageSize the largest server payload accepted, in bytes
         * @return this builder
         */
        public Builder maxMessageSize(long maxMessageSize) {
            if (maxMessageSize < 1024) {
                throw new IllegalArgumentException("maxMessageSize must be at least 1024, got " + maxMessageSize);
            }
            this.maxMessageSize = explicit("maxMessageSize", maxMessageSize);
            return this;
        }

        /**
         * @param programName the value of the connection attribute {@code program_name}, may be {@code null}
         * @return this builder
         */
        public Builder programName(String programName) {
            this.programName = explicit("programName", programName);
            return this;
        }

        /**
         * @param workloadType the workload type sent in the connection attributes, may be {@code null}
         * @return this builder
         */
        public Builder workloadType(String workloadType) {
            this.workloadType = explicit("workloadType", workloadType);
            return this;
        }

        /**
         * @param nanAsNull whether NaN parameters are sent as NULL instead of failing (default {@code false})
         * @return this builder
         */
        public Builder nanAsNull(boolean nanAsNull) {
            this.nanAsNull = explicit("nanAsNull", nanAsNull);
            return this;
        }

        /**
         * @param infAsNull whether infinite parameters are sent as NULL instead of failing (default {@code false})
         * @return this builder
         */
        public Builder infAsNull(boolean infAsNull) {
            this.infAsNull = explicit("infAsNull", infAsNull);
            return this;
        }

        /**
         * @param fusionEnabled whether to use, after the interceptors given here, those registered with
         *                      {@link java.util.ServiceLoader} (Fusion SQL handlers; default {@code false})
         * @return this builder
         */
        public Builder fusionEnabled(boolean fusionEnabled) {
            this.fusionEnabled = explicit("fusionEnabled", fusionEnabled);
            return this;
        }

        /**
         * Adds an interceptor after those added so far.
         *
         * @param interceptor answers some statements on the client (see {@link StatementInterceptor})
         * @return this builder
         */
        public Builder statementInterceptor(StatementInterceptor interceptor) {
            java.util.Objects.requireNonNull(interceptor, "interceptor must not be null");
            java.util.List<StatementInterceptor> all = new java.util.ArrayList<>(this.statementInterceptors);
            all.add(interceptor);
            return statementInterceptors(all);
        }

        /**
         * @param interceptors the interceptors, asked in order; they replace those given before
         * @return this builder
         */
        public Builder statementInterceptors(java.util.Collection<? extends StatementInterceptor> interceptors) {
            java.util.Objects.requireNonNull(interceptors, "interceptors must not be null");
            this.statementInterceptors = explicit("statementInterceptors", java.util.List.copyOf(interceptors));
            return this;
        }

        /** Keeps the text of an option another part of the driver parses (see {@link SingleStoreOptions}). */
        Builder passThrough(String name, String value) {
            this.passThrough.put(name, value);
            return this;
        }

        /**
         * @param enableExtendedDataTypes whether to run {@code SET @@SESSION.enable_extended_types_metadata=ON} (with
         *                                the vector format) on SingleStore at connect, so that VECTOR and BSON
         *                                columns are announced as such (default {@code true}); a server that rejects
         *                                it is tolerated, and other servers are never sent it
         * @return this builder
         */
        public Builder enableExtendedDataTypes(boolean enableExtendedDataTypes) {
            this.enableExtendedDataTypes = explicit("enableExtendedDataTypes", enableExtendedDataTypes);
            return this;
        }

        /**
         * @param vectorDataFormat the form in which SingleStore sends VECTOR values, set with
         *                         {@code @@SESSION.vector_type_project_format} when extended data types are enabled
         *                         (default {@link VectorDataFormat#BINARY})
         * @return this builder
         */
        public Builder vectorDataFormat(VectorDataFormat vectorDataFormat) {
            this.vectorDataFormat = explicit("vectorDataFormat", Objects.requireNonNull(vectorDataFormat,
                "vectorDataFormat must not be null"));
            return this;
        }

        /**
         * @param sessionVariables session variables set at connect with one {@code SET SESSION} statement sent ahead
         *                         of the driver's setup query (no extra round trip); names are variable names,
         *                         values are SQL expressions such as {@code 'ANSI_QUOTES'} or {@code 600}
         * @return this builder
         */
        public Builder sessionVariables(Map<String, String> sessionVariables) {
            Objects.requireNonNull(sessionVariables, "sessionVariables must not be null");
            if (!SingleStoreOptions.validSessionVariables(sessionVariables)) {
                throw new IllegalArgumentException("sessionVariables: expected "
                    + SingleStoreOptions.SESSION_VARIABLES_EXPECTED);
            }
            this.sessionVariables = explicit("sessionVariables", new LinkedHashMap<>(sessionVariables));
            return this;
        }

        /**
         * @param initSql SQL run on every new connection once the session is set up (for example
         *                {@code CALL audit_login()}); a failure fails the connection; {@code null} removes it
         * @return this builder
         */
        public Builder initSql(String initSql) {
            this.initSql = explicit("initSql", initSql);
            return this;
        }

        /**
         * @param logQueryParameters whether the query log ({@code dev.s2r.driver.QUERY} at DEBUG) shows bound values
         *                           (default {@code false}: they may be personal data or secrets)
         * @return this builder
         */
        public Builder logQueryParameters(boolean logQueryParameters) {
            this.logQueryParameters = explicit("logQueryParameters", logQueryParameters);
            return this;
        }

        /**
         * @param statementTimeoutMode how {@code setStatementTimeout} is enforced (default
         *                             {@link StatementTimeoutMode#AUTO})
         * @return this builder
         */
        public Builder statementTimeoutMode(StatementTimeoutMode statementTimeoutMode) {
            this.statementTimeoutMode = explicit("statementTimeoutMode", Objects.requireNonNull(statementTimeoutMode,
                "statementTimeoutMode must not be null"));
            return this;
        }

        /**
         * @return the configuration
         * @throws IllegalArgumentException when no user was set (by a setter, the URL or the environment), or a
         *                                  URL or environment value is malformed
         */
        public SingleStoreConnectionConfiguration build() {
            Builder effective = this;
            if (this.url != null || this.environment != null) {
                Map<String, Object> given = new LinkedHashMap<>(this.explicit);
                if (this.url != null) {
                    given.put(SingleStoreOptions.URL.name(), this.url);
                }
                effective = new Builder();
                effective.passThrough.putAll(this.passThrough);
                SingleStoreOptions.resolve(given, this.environment == null ? name -> null : this.environment)
                    .applyTo(effective);
            }
            if (effective.user == null && effective.credentialType == CredentialType.JWT) {
                effective.user = "*";
            }
            if (effective.user == null) {
                throw new IllegalArgumentException("user must be set");
            }
            return new SingleStoreConnectionConfiguration(effective);
        }

        private static String requireText(String value, String name) {
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException(name + " must not be empty");
            }
            return value;
        }
    }
}
