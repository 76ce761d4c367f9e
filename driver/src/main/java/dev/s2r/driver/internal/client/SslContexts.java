/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.client;

import dev.s2r.driver.SingleStoreConnectionConfiguration;
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
     * @param configuration the connection settings
     * @return the TLS context, or {@code null} when TLS is disabled
     * @throws R2dbcNonTransientResourceException when the CA file cannot be read
     */
    public static SslContext create(SingleStoreConnectionConfiguration configuration) {
        SslMode mode = configuration.getSslMode();
        if (mode == SslMode.DISABLED) {
            return null;
        }
        if (configuration.getSslContext() != null) {
            return configuration.getSslContext();
        }
        SslContextBuilder builder = SslContextBuilder.forClient();
        if (configuration.getSslCert() != null) {
            if (configuration.getSslKey() == null) {
                throw new R2dbcNonTransientResourceException("sslCert needs sslKey (the client's private key, PEM)",
                    "08000", 0);
            }
            builder.keyManager(configuration.getSslCert().toFile(), configuration.getSslKey().toFile());
        }
        if (!configuration.getTlsVersions().isEmpty()) {
            builder.protocols(configuration.getTlsVersions());
        }
        if (!configuration.getTlsCiphers().isEmpty()) {
            builder.ciphers(configuration.getTlsCiphers());
        }
        if (!mode.verifiesCertificate()) {
            builder.trustManager(InsecureTrustManagerFactory.INSTANCE).endpointIdentificationAlgorithm(null);
        } else {
            if (configuration.getSslCa() != null) {
                builder.trustManager(configuration.getSslCa().toFile());
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
