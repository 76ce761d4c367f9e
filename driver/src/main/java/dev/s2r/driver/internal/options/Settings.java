/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.options;

import dev.s2r.driver.api.HostAndPort;
import dev.s2r.driver.api.OptionDescriptor;
import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.api.StatementInterceptor;
import dev.s2r.driver.api.Transport;
import io.r2dbc.spi.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The resolved options of one connection factory: one immutable value per option (or none), where each came from,
 * and what is derived from them once (the host list, the server's RSA key, the statement interceptors). Everything
 * in the driver reads its options here, by the typed keys of {@link SingleStoreOptions}.
 */
public final class Settings {

    /** Where a resolved value came from, highest precedence first. */
    public enum Source {
        /** {@code ConnectionFactoryOptions} (and R2DBC URLs) or builder setters. */
        EXPLICIT,
        /** The {@code url} option. */
        URL,
        /** A {@code SINGLESTOREDB_*} environment variable (or {@code SINGLESTOREDB_URL}). */
        ENVIRONMENT,
        /** The option's default. */
        DEFAULT
    }

    private final Map<Option<?>, Object> values;
    private final Map<Option<?>, Source> sources;
    private final List<HostAndPort> hosts;
    private final byte[] serverRsaPublicKey;
    private final List<StatementInterceptor> statementInterceptors;

    Settings(Map<Option<?>, Object> values, Map<Option<?>, Source> sources) {
        this.values = Collections.unmodifiableMap(values);
        this.sources = Collections.unmodifiableMap(sources);
        this.hosts = HostAndPort.parseList(get(SingleStoreOptions.HOST), get(SingleStoreOptions.PORT));
        this.serverRsaPublicKey = readPublicKey(get(SingleStoreOptions.SERVER_RSA_PUBLIC_KEY_FILE));
        this.statementInterceptors = interceptors(get(SingleStoreOptions.STATEMENT_INTERCEPTORS),
            get(SingleStoreOptions.FUSION_ENABLED));
    }

    /**
     * @param option a key of {@link SingleStoreOptions}
     * @param <T>    the type of its values
     * @return the resolved value, or {@code null} when the option is unset and has no default
     */
    public <T> T get(Option<T> option) {
        return SingleStoreOptions.descriptor(option).type().cast(this.values.get(option));
    }

    /**
     * @param option a key of {@link SingleStoreOptions}
     * @return where its value came from
     */
    public Source source(Option<?> option) {
        return this.sources.getOrDefault(option, Source.DEFAULT);
    }

    /** @return the hosts to connect to, in order, each with its port (at least one) */
    public List<HostAndPort> hosts() {
        return this.hosts;
    }

    /** @return the user ({@code *} for a JWT login given none), or {@code null} */
    public String user() {
        return get(SingleStoreOptions.USER);
    }

    /** @return the contents of {@code serverRsaPublicKeyFile}, read once, or {@code null} */
    public byte[] serverRsaPublicKey() {
        return this.serverRsaPublicKey == null ? null : this.serverRsaPublicKey.clone();
    }

    /** @return the interceptors given explicitly, then (with {@code fusionEnabled}) those of the ServiceLoader */
    public List<StatementInterceptor> statementInterceptors() {
        return this.statementInterceptors;
    }

    /** @return the transport: the MySQL protocol or the Data API */
    public Transport transport() {
        return get(SingleStoreOptions.TRANSPORT);
    }

    /**
     * @return the Data API's host and port: the port given with the host, else {@code httpPort}, else 80 or 443
     */
    public HostAndPort dataApiEndpoint() {
        HostAndPort host = this.hosts.get(0);
        if (source(SingleStoreOptions.PORT) != Source.DEFAULT || host.port() != get(SingleStoreOptions.PORT)) {
            return host;
        }
        Integer httpPort = get(SingleStoreOptions.HTTP_PORT);
        return HostAndPort.of(host.host(), httpPort != null ? httpPort : transport() == Transport.HTTPS ? 443 : 80);
    }

    /**
     * Refuses options that mean nothing over the Data API, and several hosts, when the transport is the Data API.
     *
     * @throws IllegalArgumentException naming the option
     */
    public void checkDataApi() {
        if (!transport().isDataApi()) {
            return;
        }
        for (OptionDescriptor<?> descriptor : SingleStoreOptions.descriptors()) {
            if (descriptor.isMysqlOnly() && source(descriptor.option()) != Source.DEFAULT) {
                throw new IllegalArgumentException("Option '" + descriptor.name() + "' has no meaning over the Data "
                    + "API (transport " + transport() + "): it belongs to the MySQL protocol; remove it");
            }
        }
        if (this.hosts.size() > 1) {
            throw new IllegalArgumentException("The Data API takes one host; several hosts (failover, load "
                + "balancing) need the MySQL protocol");
        }
    }

    /** @return whether a password or a password publisher is set */
    public boolean hasPassword() {
        return get(SingleStoreOptions.PASSWORD) != null || get(SingleStoreOptions.PASSWORD_PUBLISHER) != null;
    }

    private static byte[] readPublicKey(Path file) {
        if (file == null) {
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("serverRsaPublicKeyFile " + file + " cannot be read: " + e, e);
        }
    }

    private static List<StatementInterceptor> interceptors(List<StatementInterceptor> given, boolean discover) {
        List<StatementInterceptor> all = new ArrayList<>(given == null ? List.of() : given);
        if (discover) {
            for (StatementInterceptor found : ServiceLoader.load(StatementInterceptor.class,
                Settings.class.getClassLoader())) {
                all.add(found);
            }
        }
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        String separator = "";
        for (OptionDescriptor<?> descriptor : SingleStoreOptions.descriptors()) {
            Object value = this.values.get(descriptor.option());
            if (value == null || (source(descriptor.option()) == Source.DEFAULT && descriptor.defaultValue() == null)) {
                continue;
            }
            text.append(separator).append(descriptor.name()).append('=');
            if (descriptor.isSecret()) {
                text.append("***");
            } else if (descriptor.isProgrammatic()) {
                text.append(value instanceof List ? ((List<?>) value).size() + " given" : "given");
            } else {
                text.append(value);
            }
            separator = ", ";
        }
        return text.append('}').toString();
    }
}
