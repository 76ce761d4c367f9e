/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.internal.util.Assert;
import dev.s2r.driver.api.CredentialType;
import dev.s2r.driver.api.HaMode;
import dev.s2r.driver.api.HostAndPort;
import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.api.SslMode;
import dev.s2r.driver.api.StatementInterceptor;
import dev.s2r.driver.api.StatementTimeoutMode;
import dev.s2r.driver.api.VectorDataFormat;
import dev.s2r.driver.api.ZeroDateOption;
import dev.s2r.driver.internal.options.OptionResolver;
import dev.s2r.driver.internal.options.Settings;
import io.r2dbc.spi.Option;
import org.reactivestreams.Publisher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The immutable settings of connections to a SingleStore (or other MySQL-protocol) server: one value per option of
 * {@link SingleStoreOptions}, read with {@link #get(Option)}. Build one with {@link #builder()}; no secret ever
 * appears in {@link #toString()}.
 *
 * <p>Settings can also come from a connection URL ({@link Builder#url(String)}) and from {@code SINGLESTOREDB_*}
 * environment variables ({@link Builder#fromEnvironment()}), resolved by one rule: builder setters &gt; URL &gt;
 * environment &gt; defaults.
 */
public final class SingleStoreConnectionConfiguration {

    private final Settings settings;

    SingleStoreConnectionConfiguration(Settings settings) {
        this.settings = settings;
    }

    /** @return a new builder, with every option at its default */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param option a key of {@link SingleStoreOptions}
     * @param <T>    the type of its values
     * @return its value, or {@code null} when it is unset and has no default
     * @throws IllegalArgumentException for a key that is not an option of the driver
     */
    public <T> T get(Option<T> option) {
        return this.settings.get(Assert.requireNonNull(option, "option"));
    }

    /** @return the hosts to connect to, in order, each with its port */
    public List<HostAndPort> getHosts() {
        return this.settings.hosts();
    }

    Settings settings() {
        return this.settings;
    }

    @Override
    public String toString() {
        return "SingleStoreConnectionConfiguration" + this.settings;
    }

    /**
     * A builder of {@link SingleStoreConnectionConfiguration}; not thread-safe. Each setter sets the option of the
     * same name in {@link SingleStoreOptions} (whose descriptor documents it) and validates the value at once;
     * {@code null} unsets it. Setters are the explicit level: they win over {@link #url(String)}, which wins over the
     * environment read by {@link #fromEnvironment()}, whatever order the methods are called in.
     */
    public static final class Builder {

        private final Map<String, Object> explicit = new LinkedHashMap<>();
        private final Map<String, String> connectionAttributes = new LinkedHashMap<>();
        private final List<StatementInterceptor> statementInterceptors = new ArrayList<>();
        private Function<String, String> environment;

        private Builder() {
        }

        /**
         * Sets any option; the typed setters below are shorthands for it.
         *
         * @param option a key of {@link SingleStoreOptions}
         * @param value  the value, validated now; {@code null} unsets the option
         * @param <T>    the type of its values
         * @return this builder
         * @throws IllegalArgumentException for a malformed value or a key that is not an option of the driver
         */
        public <T> Builder option(Option<T> option, T value) {
            String name = SingleStoreOptions.descriptor(option).name();
            if (value == null) {
                this.explicit.remove(name);
            } else {
                this.explicit.put(name, SingleStoreOptions.descriptor(option).parse(value));
            }
            return this;
        }

        /**
         * Takes settings from a connection URL, below the setters and above the environment. Accepts
         * {@code r2dbc:singlestore://user:password@host:port/database?option=value}, {@code singlestoredb://…},
         * {@code mysql://…} and {@code user:password@host:port/database}; query keys are option names or the
         * Python SDK's snake_case names, matched case-insensitively. The URL is parsed by {@link #build()}.
         *
         * @param url the URL; secret, as it may hold a password
         * @return this builder
         */
        public Builder url(String url) {
            return option(SingleStoreOptions.URL, url);
        }

        /**
         * Takes settings not given to the setters or the URL from this process's {@code SINGLESTOREDB_*}
         * environment variables (for example {@code SINGLESTOREDB_URL} alone).
         *
         * @return this builder
         */
        public Builder fromEnvironment() {
            return fromEnvironment(System::getenv);
        }

        /**
         * As {@link #fromEnvironment()}, reading variables through {@code environment}.
         *
         * @param environment returns the value of a variable, or {@code null} when it is unset
         * @return this builder
         */
        public Builder fromEnvironment(Function<String, String> environment) {
            this.environment = Assert.requireNonNull(environment, "environment");
            return this;
        }

        /** @param host a host, or {@code host[:port]} entries separated by commas @return this builder */
        public Builder host(String host) {
            return option(SingleStoreOptions.HOST, host);
        }

        /** @param hosts the hosts, in order @return this builder */
        public Builder hosts(List<HostAndPort> hosts) {
            Assert.requireNonNull(hosts, "hosts");
            if (hosts.isEmpty() || hosts.stream().anyMatch(java.util.Objects::isNull)) {
                throw new IllegalArgumentException("hosts must hold at least one host and no null");
            }
            return host(HostAndPort.format(hosts));
        }

        /** @param port {@link SingleStoreOptions#PORT} @return this builder */
        public Builder port(int port) {
            return option(SingleStoreOptions.PORT, port);
        }

        /** @param haMode {@link SingleStoreOptions#HA_MODE} @return this builder */
        public Builder haMode(HaMode haMode) {
            return option(SingleStoreOptions.HA_MODE, haMode);
        }

        /** @param duration {@link SingleStoreOptions#HOST_DENY_DURATION} @return this builder */
        public Builder hostDenyDuration(Duration duration) {
            return option(SingleStoreOptions.HOST_DENY_DURATION, duration);
        }

        /** @param passes {@link SingleStoreOptions#RETRIES_ALL_DOWN} @return this builder */
        public Builder retriesAllDown(int passes) {
            return option(SingleStoreOptions.RETRIES_ALL_DOWN, passes);
        }

        /** @param user {@link SingleStoreOptions#USER} @return this builder */
        public Builder user(String user) {
            return option(SingleStoreOptions.USER, user);
        }

        /** @param password {@link SingleStoreOptions#PASSWORD} @return this builder */
        public Builder password(CharSequence password) {
            return option(SingleStoreOptions.PASSWORD, password);
        }

        /** @param publisher {@link SingleStoreOptions#PASSWORD_PUBLISHER} @return this builder */
        public Builder passwordPublisher(Publisher<? extends CharSequence> publisher) {
            return option(SingleStoreOptions.PASSWORD_PUBLISHER, publisher);
        }

        /** @param type {@link SingleStoreOptions#CREDENTIAL_TYPE} @return this builder */
        public Builder credentialType(CredentialType type) {
            return option(SingleStoreOptions.CREDENTIAL_TYPE, type);
        }

        /** @param database {@link SingleStoreOptions#DATABASE}; empty unsets it @return this builder */
        public Builder database(String database) {
            return option(SingleStoreOptions.DATABASE, database == null || database.isEmpty() ? null : database);
        }

        /** @param timeout {@link SingleStoreOptions#CONNECT_TIMEOUT} @return this builder */
        public Builder connectTimeout(Duration timeout) {
            return option(SingleStoreOptions.CONNECT_TIMEOUT, timeout);
        }

        /** @param mode {@link SingleStoreOptions#SSL_MODE} @return this builder */
        public Builder sslMode(SslMode mode) {
            return option(SingleStoreOptions.SSL_MODE, mode);
        }

        /** @param file {@link SingleStoreOptions#SSL_CA} @return this builder */
        public Builder sslCa(Path file) {
            return option(SingleStoreOptions.SSL_CA, file);
        }

        /** @param file {@link SingleStoreOptions#SSL_CERT} @return this builder */
        public Builder sslCert(Path file) {
            return option(SingleStoreOptions.SSL_CERT, file);
        }

        /** @param file {@link SingleStoreOptions#SSL_KEY} @return this builder */
        public Builder sslKey(Path file) {
            return option(SingleStoreOptions.SSL_KEY, file);
        }

        /** @param name {@link SingleStoreOptions#SSL_SERVER_NAME} @return this builder */
        public Builder sslServerName(String name) {
            return option(SingleStoreOptions.SSL_SERVER_NAME, name);
        }

        /** @param versions {@link SingleStoreOptions#TLS_VERSION} @return this builder */
        public Builder tlsVersion(List<String> versions) {
            return option(SingleStoreOptions.TLS_VERSION, versions);
        }

        /** @param ciphers {@link SingleStoreOptions#TLS_CIPHERS} @return this builder */
        public Builder tlsCiphers(List<String> ciphers) {
            return option(SingleStoreOptions.TLS_CIPHERS, ciphers);
        }

        /** @param context {@link SingleStoreOptions#SSL_CONTEXT}, a Netty {@code SslContext} @return this builder */
        public Builder sslContext(io.netty.handler.ssl.SslContext context) {
            return option(SingleStoreOptions.SSL_CONTEXT, context);
        }

        /** @param timeout {@link SingleStoreOptions#STATEMENT_TIMEOUT} @return this builder */
        public Builder statementTimeout(Duration timeout) {
            return option(SingleStoreOptions.STATEMENT_TIMEOUT, timeout);
        }

        /** @param mode {@link SingleStoreOptions#STATEMENT_TIMEOUT_MODE} @return this builder */
        public Builder statementTimeoutMode(StatementTimeoutMode mode) {
            return option(SingleStoreOptions.STATEMENT_TIMEOUT_MODE, mode);
        }

        /** @param timeout {@link SingleStoreOptions#LOCK_WAIT_TIMEOUT} @return this builder */
        public Builder lockWaitTimeout(Duration timeout) {
            return option(SingleStoreOptions.LOCK_WAIT_TIMEOUT, timeout);
        }

        /** @param variables {@link SingleStoreOptions#SESSION_VARIABLES} @return this builder */
        public Builder sessionVariables(Map<String, String> variables) {
            return option(SingleStoreOptions.SESSION_VARIABLES, variables);
        }

        /** @param sql {@link SingleStoreOptions#INIT_SQL} @return this builder */
        public Builder initSql(String sql) {
            return option(SingleStoreOptions.INIT_SQL, sql);
        }

        /** @param use {@link SingleStoreOptions#USE_SERVER_PREP_STMTS} @return this builder */
        public Builder useServerPrepStmts(boolean use) {
            return option(SingleStoreOptions.USE_SERVER_PREP_STMTS, use);
        }

        /** @param size {@link SingleStoreOptions#PREPARE_CACHE_SIZE} @return this builder */
        public Builder prepareCacheSize(int size) {
            return option(SingleStoreOptions.PREPARE_CACHE_SIZE, size);
        }

        /** @param allow {@link SingleStoreOptions#ALLOW_MULTI_QUERIES} @return this builder */
        public Builder allowMultiQueries(boolean allow) {
            return option(SingleStoreOptions.ALLOW_MULTI_QUERIES, allow);
        }

        /** @param rewrite {@link SingleStoreOptions#REWRITE_BATCHED_INSERTS} @return this builder */
        public Builder rewriteBatchedInserts(boolean rewrite) {
            return option(SingleStoreOptions.REWRITE_BATCHED_INSERTS, rewrite);
        }

        /** @param use {@link SingleStoreOptions#USE_BULK_STMTS} @return this builder */
        public Builder useBulkStmts(boolean use) {
            return option(SingleStoreOptions.USE_BULK_STMTS, use);
        }

        /** @param noDelay {@link SingleStoreOptions#TCP_NO_DELAY} @return this builder */
        public Builder tcpNoDelay(boolean noDelay) {
            return option(SingleStoreOptions.TCP_NO_DELAY, noDelay);
        }

        /** @param keepAlive {@link SingleStoreOptions#TCP_KEEP_ALIVE} @return this builder */
        public Builder tcpKeepAlive(boolean keepAlive) {
            return option(SingleStoreOptions.TCP_KEEP_ALIVE, keepAlive);
        }

        /** @param allow {@link SingleStoreOptions#ALLOW_PUBLIC_KEY_RETRIEVAL} @return this builder */
        public Builder allowPublicKeyRetrieval(boolean allow) {
            return option(SingleStoreOptions.ALLOW_PUBLIC_KEY_RETRIEVAL, allow);
        }

        /** @param file {@link SingleStoreOptions#SERVER_RSA_PUBLIC_KEY_FILE} @return this builder */
        public Builder serverRsaPublicKeyFile(Path file) {
            return option(SingleStoreOptions.SERVER_RSA_PUBLIC_KEY_FILE, file);
        }

        /** @param allow {@link SingleStoreOptions#ALLOW_CLEAR_PASSWORD_OVER_PLAIN_TEXT} @return this builder */
        public Builder allowClearPasswordOverPlainText(boolean allow) {
            return option(SingleStoreOptions.ALLOW_CLEAR_PASSWORD_OVER_PLAIN_TEXT, allow);
        }

        /** @param registry {@link SingleStoreOptions#OBSERVATION_REGISTRY} @return this builder */
        public Builder observationRegistry(Object registry) {
            return option(SingleStoreOptions.OBSERVATION_REGISTRY, registry);
        }

        /** @param include {@link SingleStoreOptions#OBSERVATION_INCLUDE_SQL} @return this builder */
        public Builder observationIncludeSql(boolean include) {
            return option(SingleStoreOptions.OBSERVATION_INCLUDE_SQL, include);
        }

        /** @param limit {@link SingleStoreOptions#PIPELINE_LIMIT} @return this builder */
        public Builder pipelineLimit(int limit) {
            return option(SingleStoreOptions.PIPELINE_LIMIT, limit);
        }

        /** @param zone {@link SingleStoreOptions#SERVER_ZONE_ID} @return this builder */
        public Builder serverZoneId(ZoneId zone) {
            return option(SingleStoreOptions.SERVER_ZONE_ID, zone);
        }

        /** @param attributes {@link SingleStoreOptions#CONNECTION_ATTRIBUTES} @return this builder */
        public Builder connectionAttributes(Map<String, String> attributes) {
            this.connectionAttributes.clear();
            if (attributes != null) {
                this.connectionAttributes.putAll(SingleStoreOptions.descriptor(
                    SingleStoreOptions.CONNECTION_ATTRIBUTES).parse(attributes));
            }
            return option(SingleStoreOptions.CONNECTION_ATTRIBUTES, attributes == null ? null
                : Map.copyOf(this.connectionAttributes));
        }

        /** Adds one of {@link SingleStoreOptions#CONNECTION_ATTRIBUTES}. @param name its name @param value its value
         * @return this builder */
        public Builder connectionAttribute(String name, String value) {
            Map<String, String> all = new LinkedHashMap<>(this.connectionAttributes);
            all.put(name, value);
            return connectionAttributes(all);
        }

        /** @param socket {@link SingleStoreOptions#SOCKET}; empty unsets it @return this builder */
        public Builder socket(String socket) {
            return option(SingleStoreOptions.SOCKET, socket == null || socket.isEmpty() ? null : socket);
        }

        /** @param directory {@link SingleStoreOptions#ALLOW_LOAD_LOCAL_INFILE_IN_PATH} @return this builder */
        public Builder allowLoadLocalInfileInPath(Path directory) {
            return option(SingleStoreOptions.ALLOW_LOAD_LOCAL_INFILE_IN_PATH, directory);
        }

        /** @param timeout {@link SingleStoreOptions#SOCKET_TIMEOUT} @return this builder */
        public Builder socketTimeout(Duration timeout) {
            return option(SingleStoreOptions.SOCKET_TIMEOUT, timeout);
        }

        /** @param timeout {@link SingleStoreOptions#UNREAD_RESULT_TIMEOUT} @return this builder */
        public Builder unreadResultTimeout(Duration timeout) {
            return option(SingleStoreOptions.UNREAD_RESULT_TIMEOUT, timeout);
        }

        /** @param bytes {@link SingleStoreOptions#UNREAD_RESULT_BUFFER_SIZE} @return this builder */
        public Builder unreadResultBufferSize(long bytes) {
            return option(SingleStoreOptions.UNREAD_RESULT_BUFFER_SIZE, bytes);
        }

        /** @param option {@link SingleStoreOptions#ZERO_DATE_OPTION} @return this builder */
        public Builder zeroDateOption(ZeroDateOption option) {
            return option(SingleStoreOptions.ZERO_DATE_OPTION, option);
        }

        /** @param size {@link SingleStoreOptions#MAX_MESSAGE_SIZE} @return this builder */
        public Builder maxMessageSize(long size) {
            return option(SingleStoreOptions.MAX_MESSAGE_SIZE, size);
        }

        /** @param threshold {@link SingleStoreOptions#CANCEL_KILL_THRESHOLD} @return this builder */
        public Builder cancelKillThreshold(long threshold) {
            return option(SingleStoreOptions.CANCEL_KILL_THRESHOLD, threshold);
        }

        /** @param name {@link SingleStoreOptions#PROGRAM_NAME} @return this builder */
        public Builder programName(String name) {
            return option(SingleStoreOptions.PROGRAM_NAME, name);
        }

        /** @param type {@link SingleStoreOptions#WORKLOAD_TYPE} @return this builder */
        public Builder workloadType(String type) {
            return option(SingleStoreOptions.WORKLOAD_TYPE, type);
        }

        /** @param asNull {@link SingleStoreOptions#NAN_AS_NULL} @return this builder */
        public Builder nanAsNull(boolean asNull) {
            return option(SingleStoreOptions.NAN_AS_NULL, asNull);
        }

        /** @param asNull {@link SingleStoreOptions#INF_AS_NULL} @return this builder */
        public Builder infAsNull(boolean asNull) {
            return option(SingleStoreOptions.INF_AS_NULL, asNull);
        }

        /** @param interceptors {@link SingleStoreOptions#STATEMENT_INTERCEPTORS} @return this builder */
        public Builder statementInterceptors(Collection<? extends StatementInterceptor> interceptors) {
            Assert.requireNonNull(interceptors, "interceptors");
            List<StatementInterceptor> all = SingleStoreOptions.descriptor(SingleStoreOptions.STATEMENT_INTERCEPTORS)
                .parse(interceptors);
            this.statementInterceptors.clear();
            this.statementInterceptors.addAll(all);
            return option(SingleStoreOptions.STATEMENT_INTERCEPTORS, all);
        }

        /** Adds one of {@link SingleStoreOptions#STATEMENT_INTERCEPTORS}. @param interceptor it
         * @return this builder */
        public Builder statementInterceptor(StatementInterceptor interceptor) {
            List<StatementInterceptor> all = new ArrayList<>(this.statementInterceptors);
            all.add(Assert.requireNonNull(interceptor, "interceptor"));
            return statementInterceptors(all);
        }

        /** @param enabled {@link SingleStoreOptions#FUSION_ENABLED} @return this builder */
        public Builder fusionEnabled(boolean enabled) {
            return option(SingleStoreOptions.FUSION_ENABLED, enabled);
        }

        /** @param enable {@link SingleStoreOptions#ENABLE_EXTENDED_DATA_TYPES} @return this builder */
        public Builder enableExtendedDataTypes(boolean enable) {
            return option(SingleStoreOptions.ENABLE_EXTENDED_DATA_TYPES, enable);
        }

        /** @param format {@link SingleStoreOptions#VECTOR_DATA_FORMAT} @return this builder */
        public Builder vectorDataFormat(VectorDataFormat format) {
            return option(SingleStoreOptions.VECTOR_DATA_FORMAT, format);
        }

        /** @param log {@link SingleStoreOptions#LOG_QUERY_PARAMETERS} @return this builder */
        public Builder logQueryParameters(boolean log) {
            return option(SingleStoreOptions.LOG_QUERY_PARAMETERS, log);
        }

        /**
         * Resolves the options: setters, then the URL, then the environment (when asked for), then the defaults.
         *
         * @return the configuration
         * @throws IllegalArgumentException for a malformed or missing value (a user is required unless
         *                                  {@code credentialType} is {@code JWT})
         */
        public SingleStoreConnectionConfiguration build() {
            Settings settings = OptionResolver.resolve(this.explicit,
                this.environment == null ? name -> null : this.environment);
            if (settings.user() == null) {
                throw new IllegalArgumentException("user must be set");
            }
            return new SingleStoreConnectionConfiguration(settings);
        }
    }
}
