/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.transport;

import dev.s2r.driver.internal.options.Settings;
import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.api.SslMode;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.codec.http2.Http2SecurityUtil;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SupportedCipherSuiteFilter;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the client TLS context for an {@link SslMode}, with the JDK's TLS implementation. Everything the options
 * name is checked here, before any connection: the PEM files ({@code sslCa}, {@code sslCert}, {@code sslKey}), that
 * the key matches the certificate, and that every {@code tlsVersion} and {@code tlsCiphers} entry is one the JVM
 * supports (the JDK would otherwise refuse it only when a handshake starts).
 */
public final class SslContexts {

    /** SQLSTATE of a TLS set-up problem: a connection exception that no server caused. */
    static final String SET_UP_SQL_STATE = "08000";

    private SslContexts() {
    }

    /**
     * @param settings the connection settings
     * @return the TLS context, or {@code null} when TLS is disabled
     * @throws R2dbcNonTransientResourceException ({@code 08000}) for any problem of the TLS options, naming the
     *                                            option and the file or entry
     */
    public static SslContext create(Settings settings) {
        return create(settings, settings.get(SingleStoreOptions.SSL_MODE));
    }

    /**
     * @param settings the connection settings
     * @param mode     the TLS mode to build for (HTTPS verifies by default, whatever {@code sslMode}'s default is)
     * @return the TLS context, or {@code null} when TLS is disabled
     * @throws R2dbcNonTransientResourceException ({@code 08000}) for any problem of the TLS options
     */
    public static SslContext create(Settings settings, SslMode mode) {
        return create(settings, mode, false);
    }

    /**
     * @param settings the connection settings
     * @param mode     the TLS mode to build for
     * @param http2    whether to offer HTTP/2 as well as HTTP/1.1 by ALPN, with HTTP/2's cipher suites unless
     *                 {@code tlsCiphers} names others
     * @return the TLS context, or {@code null} when TLS is disabled
     * @throws R2dbcNonTransientResourceException ({@code 08000}) for any problem of the TLS options
     */
    public static SslContext create(Settings settings, SslMode mode, boolean http2) {
        if (mode == SslMode.DISABLED) {
            return null;
        }
        if (settings.get(SingleStoreOptions.SSL_CONTEXT) != null) {
            return (SslContext) settings.get(SingleStoreOptions.SSL_CONTEXT);
        }
        try {
            SslContextBuilder builder = builder(settings, mode);
            if (http2) {
                builder.applicationProtocolConfig(new ApplicationProtocolConfig(ApplicationProtocolConfig.Protocol.ALPN,
                    ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
                    ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT,
                    ApplicationProtocolNames.HTTP_2, ApplicationProtocolNames.HTTP_1_1));
                if (settings.get(SingleStoreOptions.TLS_CIPHERS).isEmpty()) {
                    builder.ciphers(Http2SecurityUtil.CIPHERS, SupportedCipherSuiteFilter.INSTANCE);
                }
            }
            return builder.build();
        } catch (R2dbcException e) {
            throw e;
        } catch (Exception e) {
            throw setUpError(String.valueOf(e.getMessage()), e);
        }
    }

    /**
     * @param problem what is wrong, naming the option and the file or entry
     * @param cause   the underlying failure, or {@code null}
     * @return the error of a TLS set-up problem: {@link R2dbcNonTransientResourceException}, SQLSTATE
     * {@code 08000}, message {@code Cannot set up TLS: <problem>}
     */
    public static R2dbcNonTransientResourceException setUpError(String problem, Throwable cause) {
        return new R2dbcNonTransientResourceException("Cannot set up TLS: " + problem, SET_UP_SQL_STATE, 0,
            (String) null, cause);
    }

    private static SslContextBuilder builder(Settings settings, SslMode mode) throws Exception {
        SslContextBuilder builder = SslContextBuilder.forClient().sslProvider(SslProvider.JDK);
        Path certificate = settings.get(SingleStoreOptions.SSL_CERT);
        Path key = settings.get(SingleStoreOptions.SSL_KEY);
        if (certificate != null && key == null) {
            throw setUpError("sslCert needs sslKey (the private key of the client certificate, PEM)", null);
        }
        if (key != null && certificate == null) {
            throw setUpError("sslKey needs sslCert (the client certificate, PEM)", null);
        }
        if (certificate != null) {
            List<X509Certificate> chain = PemFiles.certificates(certificate, "sslCert");
            PrivateKey privateKey = PemFiles.privateKey(key, "sslKey");
            PemFiles.checkPair(privateKey, key, "sslKey", chain.get(0), certificate, "sslCert");
            builder.keyManager(privateKey, chain);
        }
        List<String> versions = settings.get(SingleStoreOptions.TLS_VERSION);
        List<String> ciphers = settings.get(SingleStoreOptions.TLS_CIPHERS);
        if (!versions.isEmpty() || !ciphers.isEmpty()) {
            SSLParameters supported = SSLContext.getDefault().getSupportedSSLParameters();
            if (!versions.isEmpty()) {
                checkSupported("tlsVersion", "protocol version", versions, supported.getProtocols(), true);
                builder.protocols(versions);
            }
            if (!ciphers.isEmpty()) {
                checkSupported("tlsCiphers", "cipher suite", ciphers, supported.getCipherSuites(), false);
                builder.ciphers(ciphers);
            }
        }
        if (!mode.verifiesCertificate()) {
            builder.trustManager(InsecureTrustManagerFactory.INSTANCE).endpointIdentificationAlgorithm(null);
        } else {
            Path ca = settings.get(SingleStoreOptions.SSL_CA);
            if (ca != null) {
                builder.trustManager(PemFiles.certificates(ca, "sslCa"));
            }
            builder.endpointIdentificationAlgorithm(mode == SslMode.VERIFY_IDENTITY ? "HTTPS" : null);
        }
        return builder;
    }

    /**
     * Fails naming every entry the JVM does not support, with the supported ones when they are few enough to list.
     */
    private static void checkSupported(String option, String what, List<String> entries, String[] supported,
                                       boolean listSupported) {
        Set<String> known = new HashSet<>(Arrays.asList(supported));
        List<String> unknown = new ArrayList<>();
        for (String entry : entries) {
            if (!known.contains(entry)) {
                unknown.add(entry);
            }
        }
        if (unknown.isEmpty()) {
            return;
        }
        String names = unknown.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
        throw setUpError("option " + option + " names " + names + ", " + (unknown.size() == 1 ? "a " + what
            : what + "s") + " this JVM does not support" + (listSupported ? "; supported: " + String.join(", ",
            supported) : " (the JDK's names, as TLS_AES_128_GCM_SHA256, are case-sensitive)"), null);
    }
}
