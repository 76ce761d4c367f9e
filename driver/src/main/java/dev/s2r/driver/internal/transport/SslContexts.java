/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.transport;

import dev.s2r.driver.internal.options.Settings;
import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.api.SslMode;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import io.r2dbc.spi.R2dbcNonTransientResourceException;

import javax.net.ssl.SSLException;

/**
 * Builds the client TLS context for an {@link SslMode}.
 */
public final class SslContexts {

    private SslContexts() {
    }

    /**
     * @param settings the connection settings
     * @return the TLS context, or {@code null} when TLS is disabled
     * @throws R2dbcNonTransientResourceException when the CA file cannot be read
     */
    public static SslContext create(Settings settings) {
        SslMode mode = settings.get(SingleStoreOptions.SSL_MODE);
        if (mode == SslMode.DISABLED) {
            return null;
        }
        if (settings.get(SingleStoreOptions.SSL_CONTEXT) != null) {
            return (SslContext) settings.get(SingleStoreOptions.SSL_CONTEXT);
        }
        SslContextBuilder builder = SslContextBuilder.forClient();
        if (settings.get(SingleStoreOptions.SSL_CERT) != null) {
            if (settings.get(SingleStoreOptions.SSL_KEY) == null) {
                throw new R2dbcNonTransientResourceException("sslCert needs sslKey (the client's private key, PEM)",
                    "08000", 0);
            }
            builder.keyManager(settings.get(SingleStoreOptions.SSL_CERT).toFile(), settings.get(SingleStoreOptions.SSL_KEY).toFile());
        }
        if (!settings.get(SingleStoreOptions.TLS_VERSION).isEmpty()) {
            builder.protocols(settings.get(SingleStoreOptions.TLS_VERSION));
        }
        if (!settings.get(SingleStoreOptions.TLS_CIPHERS).isEmpty()) {
            builder.ciphers(settings.get(SingleStoreOptions.TLS_CIPHERS));
        }
        if (!mode.verifiesCertificate()) {
            builder.trustManager(InsecureTrustManagerFactory.INSTANCE).endpointIdentificationAlgorithm(null);
        } else {
            if (settings.get(SingleStoreOptions.SSL_CA) != null) {
                builder.trustManager(settings.get(SingleStoreOptions.SSL_CA).toFile());
            }
            builder.endpointIdentificationAlgorithm(mode == SslMode.VERIFY_IDENTITY ? "HTTPS" : null);
        }
        try {
            return builder.build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new R2dbcNonTransientResourceException("Cannot set up TLS: " + e.getMessage(), "08000", 0,
                (String) null, e);
        }
    }
}
