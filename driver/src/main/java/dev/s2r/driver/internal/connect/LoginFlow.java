/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.connect;

import dev.s2r.driver.internal.util.DriverVersion;
import dev.s2r.driver.internal.options.Settings;
import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.internal.client.Capabilities;
import dev.s2r.driver.internal.client.ConnectionContext;
import dev.s2r.driver.internal.transport.ExceptionFactory;
import dev.s2r.driver.internal.client.ReactorNettyClient;
import dev.s2r.driver.api.CredentialType;
import dev.s2r.driver.api.HostAndPort;
import dev.s2r.driver.api.SslMode;
import dev.s2r.driver.internal.authentication.AuthenticationContext;
import dev.s2r.driver.internal.authentication.AuthenticationPlugin;
import dev.s2r.driver.internal.authentication.AuthenticationPlugins;
import dev.s2r.driver.internal.message.client.AuthResponse;
import dev.s2r.driver.internal.message.client.HandshakeResponse;
import dev.s2r.driver.internal.message.client.SslRequest;
import dev.s2r.driver.internal.message.server.AuthMoreData;
import dev.s2r.driver.internal.message.server.AuthSwitchRequest;
import dev.s2r.driver.internal.message.server.ErrorMessage;
import dev.s2r.driver.internal.message.server.HandshakeV10;
import dev.s2r.driver.internal.message.server.OkMessage;
import dev.s2r.driver.internal.message.server.ResponseDecoder;
import dev.s2r.driver.internal.message.server.ServerMessage;
import io.netty.handler.ssl.SslContext;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcPermissionDeniedException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The connection phase: reads the server greeting, negotiates capabilities, upgrades to TLS when the mode asks
 * for it, and runs the authentication exchange (including auth switch) until the server's OK or ERR.
 */
public final class LoginFlow {

    /** utf8mb4_general_ci, understood by SingleStore, MySQL and MariaDB. */
    static final int COLLATION_UTF8MB4 = 45;
    private static final int MAX_PACKET = 1 << 30;
    /** The only plugin a JWT is sent with. */
    private static final String JWT_PLUGIN = "mysql_clear_password";
    private static final String DRIVER_VERSION = DriverVersion.VALUE;

    private static final long DESIRED = Capabilities.CLIENT_MYSQL | Capabilities.FOUND_ROWS | Capabilities.LONG_FLAG
        | Capabilities.PROTOCOL_41 | Capabilities.TRANSACTIONS | Capabilities.SECURE_CONNECTION
        | Capabilities.MULTI_RESULTS | Capabilities.PS_MULTI_RESULTS | Capabilities.PLUGIN_AUTH
        | Capabilities.PLUGIN_AUTH_LENENC_CLIENT_DATA | Capabilities.CONNECT_ATTRS | Capabilities.DEPRECATE_EOF
        | Capabilities.MARIADB_STMT_BULK_OPERATIONS | Capabilities.MARIADB_CACHE_METADATA;

    private final ReactorNettyClient client;
    private final Settings settings;
    private final SslContext sslContext;
    private final HostAndPort host;
    private AuthenticationPlugin plugin;
    private AuthenticationContext authentication;
    private ConnectionContext context;
    private CharSequence password;
    private final boolean jwt;

    private LoginFlow(ReactorNettyClient client, Settings settings,
                      SslContext sslContext, HostAndPort host) {
        this.client = client;
        this.settings = settings;
        this.sslContext = sslContext;
        this.host = host;
        this.jwt = settings.get(SingleStoreOptions.CREDENTIAL_TYPE) == CredentialType.JWT;
    }

    /** @return the name TLS verifies: {@code sslServerName}, else the host connected to */
    private String peerName() {
        if (this.settings.get(SingleStoreOptions.SSL_SERVER_NAME) != null) {
            return this.settings.get(SingleStoreOptions.SSL_SERVER_NAME);
        }
        return this.host != null ? this.host.host() : this.settings.hosts().get(0).host();
    }

    /**
     * Runs the connection phase.
     *
     * @param client        a freshly connected client
     * @param settings the connection settings
     * @param sslContext    the TLS context, or {@code null} when the mode is {@link SslMode#DISABLED}
     * @param host          the host connected to, whose name TLS verifies (unless {@code sslServerName} is set);
     *                      {@code null} for a unix socket
     * @return the session context once authenticated
     */
    public static Mono<ConnectionContext> login(ReactorNettyClient client,
                                                Settings settings,
                                                SslContext sslContext, HostAndPort host) {
        LoginFlow flow = new LoginFlow(client, settings, sslContext, host);
        return client.exchange(null, ResponseDecoder.Mode.LOGIN)
            .concatMap(flow::handle)
            .then(Mono.fromCallable(() -> flow.context));
    }

    /**
     * @return the fixed password, or the first element of the configured password publisher (subscribed anew for
     * every connection), or empty
     */
    private static Mono<java.util.Optional<CharSequence>> password(Settings settings) {
        if (settings.get(SingleStoreOptions.PASSWORD_PUBLISHER) == null) {
            return Mono.just(java.util.Optional.ofNullable(settings.get(SingleStoreOptions.PASSWORD)));
        }
        return Mono.<CharSequence>from(settings.get(SingleStoreOptions.PASSWORD_PUBLISHER))
            .map(java.util.Optional::of)
            .defaultIfEmpty(java.util.Optional.empty())
            .onErrorMap(e -> !(e instanceof R2dbcException), e -> new R2dbcPermissionDeniedException(
                "The password publisher failed: " + e.getClass().getName(), "28000", 0, e));
    }

    private Mono<Void> handle(ServerMessage message) {
        try {
            if (message instanceof HandshakeV10) {
                HandshakeV10 handshake = (HandshakeV10) message;
                // no blanket mapping to an authentication error here: the TLS upgrade in between fails with
                // connection errors of its own, and each authentication step maps its plugin's failures
                return password(this.settings).flatMap(password -> {
                    this.password = password.orElse(null);
                    return onHandshake(handshake);
                });
            }
            if (message instanceof AuthSwitchRequest) {
                return onAuthSwitch((AuthSwitchRequest) message);
            }
            if (message instanceof AuthMoreData) {
                byte[] answer = this.plugin.next(((AuthMoreData) message).getData(), this.authentication);
                return answer == null ? Mono.empty() : this.client.send(new AuthResponse(answer));
            }
            if (message instanceof OkMessage) {
                this.context.setStatus(((OkMessage) message).getStatus());
                return Mono.empty();
            }
            if (message instanceof ErrorMessage) {
                ErrorMessage error = (ErrorMessage) message;
                return Mono.error(ExceptionFactory.create(error.getCode(), error.getSqlState(), error.getMessage(),
                    null));
            }
            return Mono.error(ExceptionFactory.protocolError("Unexpected message during login: " + message));
        } catch (IllegalStateException | IllegalArgumentException e) {
            return Mono.error(authenticationError(e.getMessage()));
        }
    }

    private Mono<Void> onHandshake(HandshakeV10 handshake) {
        if ((handshake.getCapabilities() & Capabilities.PROTOCOL_41) == 0) {
            return Mono.error(ExceptionFactory.protocolError("The server does not speak protocol 4.1 (version "
                + handshake.getServerVersion() + ")"));
        }
        ConnectionContext ctx = new ConnectionContext(handshake.getConnectionId(), handshake.getServerVersion());
        ctx.setStatus(handshake.getStatus());
        ctx.setZeroDateOption(this.settings.get(SingleStoreOptions.ZERO_DATE_OPTION));
        boolean serverTls = (handshake.getCapabilities() & Capabilities.SSL) != 0;
        SslMode mode = this.settings.get(SingleStoreOptions.SSL_MODE);
        if (mode.requiresTls() && !serverTls) {
            return Mono.error(new R2dbcNonTransientResourceException("sslMode=" + mode
                + " requires TLS, but the server does not offer it", "08004", 0));
        }
        boolean tls = mode != SslMode.DISABLED && serverTls && this.sslContext != null;
        long capabilities = capabilities(handshake.getCapabilities(), tls);
        ctx.setCapabilities(capabilities);
        this.context = ctx;
        this.client.setContext(ctx);
        if (this.jwt && !tls) {
            return Mono.error(new R2dbcNonTransientResourceException("credentialType=JWT sends the token in clear "
                + "text and needs TLS, but " + (serverTls ? "sslMode=" + mode : "the server does not offer TLS"),
                "08004", 0));
        }
        try {
            this.plugin = AuthenticationPlugins.create(this.jwt ? JWT_PLUGIN
                : AuthenticationPlugins.isSupported(handshake.getAuthPluginName()) ? handshake.getAuthPluginName()
                : "mysql_native_password");
            this.authentication = new AuthenticationContext(this.password, handshake.getSeed(), tls,
                this.settings.get(SingleStoreOptions.ALLOW_PUBLIC_KEY_RETRIEVAL),
                !this.jwt && this.settings.get(SingleStoreOptions.ALLOW_CLEAR_PASSWORD_OVER_PLAIN_TEXT),
                !this.jwt && this.settings.get(SingleStoreOptions.SOCKET) != null, this.settings.serverRsaPublicKey());
        } catch (IllegalStateException | IllegalArgumentException e) {
            return Mono.error(authenticationError(e.getMessage()));
        }
        Mono<Void> upgrade = tls
            ? this.client.send(new SslRequest(capabilities, MAX_PACKET, COLLATION_UTF8MB4))
            .then(this.client.startTls(this.sslContext, peerName(), this.host != null ? this.host.port()
                : this.settings.hosts().get(0).port()))
            : Mono.empty();
        return upgrade.then(firstAnswer())
            .flatMap(auth -> pluginStep(() -> handshakeResponse(capabilities, auth)))
            .flatMap(this.client::send);
    }

    /**
     * The plugin's first answer, computed on Reactor's parallel scheduler instead of the event loop when the plugin
     * is CPU-bound (a {@code client_ed25519} signature takes milliseconds); a plugin that cannot answer fails the
     * login with a permission error.
     */
    private Mono<byte[]> firstAnswer() {
        AuthenticationPlugin current = this.plugin;
        AuthenticationContext context = this.authentication;
        Mono<byte[]> answer = pluginStep(() -> current.authenticate(context));
        return current.isCpuBound() ? answer.subscribeOn(Schedulers.parallel()) : answer;
    }

    /** A step that fails with a permission error when a plugin cannot go on (the message says why). */
    private static <T> Mono<T> pluginStep(Callable<T> step) {
        return Mono.fromCallable(step).onErrorMap(e -> e instanceof IllegalStateException
            || e instanceof IllegalArgumentException, e -> authenticationError(e.getMessage()));
    }

    private long capabilities(long server, boolean tls) {
        return negotiate(server, this.settings, tls);
    }

    /**
     * The client capabilities: what the driver wants and the server offers. {@link Capabilities#CLIENT_MYSQL} is
     * kept only when the server sets it (MySQL, SingleStore); MariaDB servers do not, and then read the client's
     * extended capabilities (bits 32 to 63, such as {@link Capabilities#MARIADB_STMT_BULK_OPERATIONS}), which a
     * server that sets it never announces.
     *
     * @param server        the capabilities of the server's greeting (extended ones in bits 32 to 63)
     * @param settings the connection settings
     * @param tls           whether the connection upgrades to TLS
     * @return the capabilities to send
     */
    static long negotiate(long server, Settings settings, boolean tls) {
        long desired = DESIRED;
        if (settings.get(SingleStoreOptions.DATABASE) != null) {
            desired |= Capabilities.CONNECT_WITH_DB;
        }
        if (settings.get(SingleStoreOptions.ALLOW_MULTI_QUERIES)) {
            desired |= Capabilities.MULTI_STATEMENTS;
        }
        if (settings.get(SingleStoreOptions.ALLOW_LOAD_LOCAL_INFILE_IN_PATH) != null) {
            desired |= Capabilities.LOCAL_FILES;
        }
        if (tls) {
            desired |= Capabilities.SSL;
        }
        return desired & server;
    }

    private HandshakeResponse handshakeResponse(long capabilities, byte[] auth) {
        String database = this.settings.get(SingleStoreOptions.DATABASE) == null ? "" : this.settings.get(SingleStoreOptions.DATABASE);
        return new HandshakeResponse(capabilities, MAX_PACKET, COLLATION_UTF8MB4, this.settings.user(), auth,
            database, this.plugin.name(), attributes());
    }

    private Map<String, String> attributes() {
        return attributes(this.settings, DRIVER_VERSION);
    }

    /**
     * The connection attributes sent in the handshake: the driver's own, {@code program_name} and
     * {@code workload_type} when configured (the workload type is also appended to {@code _client_version} as
     * {@code +type}, as the SingleStore Python SDK does), then the configured extra attributes.
     */
    static Map<String, String> attributes(Settings settings, String version) {
        Map<String, String> attributes = new LinkedHashMap<>();
        String workload = settings.get(SingleStoreOptions.WORKLOAD_TYPE);
        attributes.put("_client_name", "s2r");
        attributes.put("_client_version", workload == null ? version : version + "+" + workload);
        attributes.put("_os", System.getProperty("os.name", "unknown"));
        attributes.put("_pid", Long.toString(ProcessHandle.current().pid()));
        attributes.put("_runtime_version", System.getProperty("java.version", "unknown"));
        if (settings.get(SingleStoreOptions.PROGRAM_NAME) != null) {
            attributes.put("program_name", settings.get(SingleStoreOptions.PROGRAM_NAME));
        }
        if (workload != null) {
            attributes.put("workload_type", workload);
        }
        attributes.putAll(settings.get(SingleStoreOptions.CONNECTION_ATTRIBUTES));
        return attributes;
    }

    private Mono<Void> onAuthSwitch(AuthSwitchRequest request) {
        if (this.jwt && !JWT_PLUGIN.equals(request.getPluginName())) {
            return Mono.error(authenticationError("the server asked for " + request.getPluginName()
                + ", but credentialType=JWT sends the token with " + JWT_PLUGIN + " only"));
        }
        this.plugin = AuthenticationPlugins.create(request.getPluginName());
        this.authentication = this.authentication.withSeed(this.plugin.isScrambleNulTerminated()
            ? request.getData() : request.getRawData());
        return firstAnswer().flatMap(answer -> this.client.send(new AuthResponse(answer)));
    }

    private static R2dbcException authenticationError(String message) {
        return new R2dbcPermissionDeniedException("Authentication failed: " + message, "28000", 0);
    }
}
