/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.options;

import dev.s2r.driver.api.CredentialType;
import dev.s2r.driver.api.OptionDescriptor;
import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.api.SslMode;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;

import java.lang.reflect.Field;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Resolves options by the one precedence rule, highest first: <b>explicit</b> (the entries of
 * {@link ConnectionFactoryOptions}, an R2DBC URL parsed into them, or builder setters), <b>URL</b> (the parts and
 * query of the {@code url} option), <b>environment</b> (each option's {@code SINGLESTOREDB_*} variable, then the
 * parts and query of {@code SINGLESTOREDB_URL}, or of {@code SINGLESTOREDB_HOST} when it holds a URL; the
 * environment's URL only when no host is given above, so its credentials never go to another server), then the
 * <b>default</b>. Names and aliases match case-insensitively at every level; a value is parsed only when it wins.
 */
public final class OptionResolver {

    /** The R2DBC SPI's protocol option: here the HA mode ({@code r2dbc:singlestore:loadbalance://}). */
    private static final String PROTOCOL = "protocol";

    /** Option names of the R2DBC SPI that select the driver rather than configure it. */
    private static final Set<String> SPI_NAMES = Set.of("driver", PROTOCOL);

    /** Options of r2dbc-pool, which passes them on to the driver it wraps; accepted and ignored. */
    private static final Set<String> POOL_OPTIONS = Set.of("acquireRetry", "backgroundEvictionInterval",
        "initialSize", "maxSize", "minIdle", "maxAcquireTime", "maxCreateConnectionTime", "maxIdleTime",
        "maxLifeTime", "maxValidationTime", "poolName", "registerJmx", "postAllocate", "preRelease",
        "validationQuery", "validationDepth");

    /** What an option name may look like; anything else is not repeated in messages. */
    private static final Pattern OPTION_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

    /** Where each part of a connection URL is written, for messages. */
    private static final Map<String, String> URL_PARTS = Map.of("host", "in the host part (host:port)",
        "port", "in the host part (host:port)", "user", "in the user info (user:password@)",
        "password", "in the user info (user:password@)", "database", "in the path (/database)",
        "haMode", "by the protocol (r2dbc:singlestore:<mode>://)");

    private OptionResolver() {
    }

    /**
     * @param options     the explicit options
     * @param environment reads an environment variable ({@code System::getenv}); returns {@code null} if unset
     * @return the resolved settings
     * @throws IllegalArgumentException for an unknown option or a malformed value
     */
    public static Settings resolve(ConnectionFactoryOptions options, Function<String, String> environment) {
        Objects.requireNonNull(options, "options must not be null");
        return resolve(explicitValues(options), environment);
    }

    /**
     * @param explicit    option names (or aliases) to values; the {@code url} entry is the URL level
     * @param environment reads an environment variable; returns {@code null} if unset
     * @return the resolved settings
     * @throws IllegalArgumentException for an unknown option or a malformed value
     */
    public static Settings resolve(Map<String, ?> explicit, Function<String, String> environment) {
        Objects.requireNonNull(explicit, "explicit must not be null");
        Objects.requireNonNull(environment, "environment must not be null");
        Map<OptionDescriptor<?>, Raw> explicitLayer = new LinkedHashMap<>();
        explicit.forEach((name, value) -> {
            if (PROTOCOL.equals(name) && value != null && !value.toString().isEmpty()) {
                // r2dbc:singlestore:https:// names the Data API; r2dbc:singlestore:loadbalance:// an HA mode
                String protocol = value.toString().toLowerCase(java.util.Locale.ROOT);
                boolean dataApi = protocol.equals("http") || protocol.equals("https");
                put(explicitLayer, descriptor(dataApi ? SingleStoreOptions.TRANSPORT : SingleStoreOptions.HA_MODE),
                    new Raw(value, PROTOCOL, "the URL's protocol"));
                return;
            }
            if (value == null || SPI_NAMES.contains(name) || POOL_OPTIONS.contains(name)) {
                return;
            }
            put(explicitLayer, known(name, value, null), new Raw(value, name, null));
        });
        Map<OptionDescriptor<?>, Raw> urlLayer = new LinkedHashMap<>();
        Raw url = explicitLayer.remove(descriptor(SingleStoreOptions.URL));
        if (url != null) {
            String origin = "the '" + url.via + "' option";
            urlLayer(ConnectionUrl.parse(url.value.toString(), origin), origin, urlLayer);
        }
        OptionDescriptor<?> host = descriptor(SingleStoreOptions.HOST);
        Map<OptionDescriptor<?>, Raw> environmentLayer = environmentLayer(environment,
            explicitLayer.containsKey(host) || urlLayer.containsKey(host));
        List<Map<OptionDescriptor<?>, Raw>> layers = List.of(explicitLayer, urlLayer, environmentLayer);
        Map<Option<?>, Object> values = new LinkedHashMap<>();
        Map<Option<?>, Settings.Source> sources = new LinkedHashMap<>();
        for (OptionDescriptor<?> descriptor : SingleStoreOptions.descriptors()) {
            if (descriptor.option() != SingleStoreOptions.URL) {
                resolveOne(descriptor, layers, values, sources);
            }
        }
        values.put(SingleStoreOptions.SSL_MODE, sslMode(values, sources));
        if (values.get(SingleStoreOptions.USER) == null
            && values.get(SingleStoreOptions.CREDENTIAL_TYPE) == CredentialType.JWT) {
            values.put(SingleStoreOptions.USER, "*");
        }
        return new Settings(values, sources);
    }

    /** The first level holding the option wins, else its default. */
    private static void resolveOne(OptionDescriptor<?> descriptor, List<Map<OptionDescriptor<?>, Raw>> layers,
                                   Map<Option<?>, Object> values, Map<Option<?>, Settings.Source> sources) {
        for (int level = 0; level < layers.size(); level++) {
            Raw raw = layers.get(level).get(descriptor);
            if (raw != null) {
                values.put(descriptor.option(), descriptor.parse(raw.value, raw.via, raw.origin));
                sources.put(descriptor.option(), Settings.Source.values()[level]);
                return;
            }
        }
        if (descriptor.defaultValue() != null) {
            values.put(descriptor.option(), descriptor.defaultValue());
        }
        sources.put(descriptor.option(), Settings.Source.DEFAULT);
    }

    /** The TLS mode from the highest level among sslMode, ssl and sslDisabled; at one level in that order. */
    private static SslMode sslMode(Map<Option<?>, Object> values, Map<Option<?>, Settings.Source> sources) {
        Map<Settings.Source, SslMode> best = new EnumMap<>(Settings.Source.class);
        Settings.Source disabled = sources.get(SingleStoreOptions.SSL_DISABLED);
        if (Boolean.TRUE.equals(values.get(SingleStoreOptions.SSL_DISABLED)) && disabled != Settings.Source.DEFAULT) {
            best.put(disabled, SslMode.DISABLED);
        }
        Object ssl = values.get(SingleStoreOptions.SSL);
        if (ssl != null) {
            best.put(sources.get(SingleStoreOptions.SSL), (Boolean) ssl ? SslMode.REQUIRED : SslMode.DISABLED);
        }
        Settings.Source mode = sources.get(SingleStoreOptions.SSL_MODE);
        if (mode != Settings.Source.DEFAULT) {
            best.put(mode, (SslMode) values.get(SingleStoreOptions.SSL_MODE));
        }
        return best.isEmpty() ? (SslMode) values.get(SingleStoreOptions.SSL_MODE) : best.values().iterator().next();
    }

    private static Map<OptionDescriptor<?>, Raw> environmentLayer(Function<String, String> environment,
                                                                  boolean hostGivenAbove) {
        Map<OptionDescriptor<?>, Raw> layer = new LinkedHashMap<>();
        OptionDescriptor<?> url = descriptor(SingleStoreOptions.URL);
        OptionDescriptor<?> host = descriptor(SingleStoreOptions.HOST);
        for (OptionDescriptor<?> descriptor : SingleStoreOptions.descriptors()) {
            String variable = descriptor.environmentVariable();
            if (descriptor == url || variable == null) {
                continue;
            }
            String value = lookup(environment, variable);
            if (value != null) {
                layer.put(descriptor, new Raw(value, variable, "environment variable " + variable));
            }
        }
        // SINGLESTOREDB_HOST may hold a URL (as in the Python SDK); otherwise SINGLESTOREDB_URL names the server.
        String urlVariable = null;
        Raw hostValue = layer.get(host);
        if (hostValue != null && looksLikeUrl(hostValue.value.toString())) {
            urlVariable = host.environmentVariable();
            layer.remove(host);
        } else if (hostValue == null && lookup(environment, url.environmentVariable()) != null) {
            urlVariable = url.environmentVariable();
        }
        if (urlVariable != null && !hostGivenAbove) {
            String origin = "environment variable " + urlVariable;
            Map<OptionDescriptor<?>, Raw> fromUrl = new LinkedHashMap<>();
            urlLayer(ConnectionUrl.parse(lookup(environment, urlVariable), origin), origin, fromUrl);
            fromUrl.forEach(layer::putIfAbsent);
        }
        return layer;
    }

    private static void urlLayer(ConnectionUrl url, String origin, Map<OptionDescriptor<?>, Raw> layer) {
        url.parts().forEach((name, value) -> layer.put(known(name, value, origin), new Raw(value, name, origin)));
        url.query().forEach((key, value) -> {
            if (!POOL_OPTIONS.contains(key)) {
                OptionDescriptor<?> descriptor = known(key, value, origin);
                if (descriptor.option() == SingleStoreOptions.URL || descriptor.isProgrammatic()) {
                    throw unknown(key, value, origin);
                }
                Raw part = layer.get(descriptor);
                if (part != null && url.parts().containsKey(part.via)) {
                    throw new IllegalArgumentException("Option '" + descriptor.name() + "' is given twice in "
                        + origin + ": " + URL_PARTS.get(part.via) + " and as '?" + key + "='; give it once");
                }
                put(layer, descriptor, new Raw(value, key, origin));
            }
        });
    }

    private static OptionDescriptor<?> known(String name, Object value, String origin) {
        return SingleStoreOptions.find(name).orElseThrow(() -> unknown(name, value, origin));
    }

    private static OptionDescriptor<?> descriptor(Option<?> option) {
        return SingleStoreOptions.descriptor(option);
    }

    private static void put(Map<OptionDescriptor<?>, Raw> layer, OptionDescriptor<?> descriptor, Raw raw) {
        Raw previous = layer.put(descriptor, raw);
        if (previous != null) {
            throw new IllegalArgumentException("Option '" + descriptor.name() + "' is given twice, as '"
                + previous.via + "' and as '" + raw.via + "'" + (raw.origin == null ? "" : " in " + raw.origin));
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

    /**
     * The name of an unknown option is repeated only when it looks like one and its value holds no {@code @}: a
     * URL whose password holds an unencoded {@code ?} or {@code #} puts the rest of its user info into the query.
     */
    private static IllegalArgumentException unknown(String name, Object value, String origin) {
        Set<String> known = new TreeSet<>(SPI_NAMES);
        SingleStoreOptions.descriptors().forEach(descriptor -> known.add(descriptor.name()));
        boolean repeat = OPTION_NAME.matcher(name).matches()
            && !(value instanceof CharSequence && value.toString().indexOf('@') >= 0);
        return new IllegalArgumentException("Unknown option " + (repeat ? "'" + name + "'" : "(its name is not "
            + "repeated, as it may hold part of a password: percent-encode '@', ':', '/', '?' and '#' in a URL's "
            + "password)") + (origin == null ? "" : " in " + origin) + " for driver 'singlestore'; known options: "
            + known);
    }

    /**
     * The entries of R2DBC options. {@link ConnectionFactoryOptions} cannot list its entries, so they are read from
     * its map when the JVM allows it; otherwise every known name and alias is looked up.
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
        for (OptionDescriptor<?> descriptor : SingleStoreOptions.descriptors()) {
            for (String name : names(descriptor)) {
                Object value = options.getValue(Option.valueOf(name));
                if (value != null) {
                    values.put(name, value);
                }
            }
        }
        Object protocol = options.getValue(ConnectionFactoryOptions.PROTOCOL);
        if (protocol != null) {
            values.put(PROTOCOL, protocol);
        }
        return values;
    }

    private static List<String> names(OptionDescriptor<?> descriptor) {
        List<String> names = new java.util.ArrayList<>(descriptor.aliases());
        names.add(0, descriptor.name());
        return names;
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
}
