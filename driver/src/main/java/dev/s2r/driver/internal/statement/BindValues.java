/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.statement;

import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.internal.codec.CodecContext;
import dev.s2r.driver.internal.codec.Codecs;
import dev.s2r.driver.internal.codec.Parameter;
import dev.s2r.driver.internal.options.Settings;
import dev.s2r.driver.internal.sql.ParsedSql;
import io.r2dbc.spi.Blob;
import io.r2dbc.spi.Clob;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Turns the Java values bound to a statement into {@link Parameter}s: at bind time when the value allows (the usual
 * types, through the codecs), at execution for values that must be read ({@code Blob}, {@code Clob}) or that depend
 * on the pipeline's result options (NaN and infinite numbers, see {@code nanAsNull}/{@code infAsNull}). A value
 * that cannot be sent (no codec, a string with a lone surrogate, NaN without {@code nanAsNull}) fails with an
 * {@link IllegalArgumentException} whose message ends naming its bind marker, {@code (bind marker 0)}.
 */
public final class BindValues {

    private final Codecs codecs;
    private final CodecContext context;
    private final Settings settings;

    /**
     * @param codecs   the connection's codecs
     * @param context  the connection's codec context
     * @param settings the connection's settings
     */
    public BindValues(Codecs codecs, CodecContext context, Settings settings) {
        this.codecs = codecs;
        this.context = context;
        this.settings = settings;
    }

    /**
     * Encodes a value bound by index.
     *
     * @param value a bound value, not {@code null}
     * @param sql   the statement, to name the marker in an error
     * @param index the index of the bind marker
     * @return a {@link Parameter} when the value can be encoded now, else the value itself (a {@code Blob},
     * {@code Clob} or non-finite number), which {@link #resolve} turns into one at execution
     * @throws IllegalArgumentException when no codec can encode the value, or its codec refuses it (such as a
     *                                  string with a lone surrogate); the message ends naming the marker
     */
    public Object encode(Object value, ParsedSql sql, int index) {
        try {
            return encode(value);
        } catch (IllegalArgumentException e) {
            throw atMarker(e, marker(sql, index));
        }
    }

    /**
     * Encodes a value bound by name.
     *
     * @param value a bound value, not {@code null}
     * @param name  the name of the bind marker, to name it in an error
     * @return as {@link #encode(Object, ParsedSql, int)}
     * @throws IllegalArgumentException as {@link #encode(Object, ParsedSql, int)}
     */
    public Object encode(Object value, String name) {
        try {
            return encode(value);
        } catch (IllegalArgumentException e) {
            throw atMarker(e, ":" + name);
        }
    }

    private Object encode(Object value) {
        Class<?> type = value.getClass();
        if (isPlain(type) || (type == Double.class && Double.isFinite((Double) value))) {
            return this.codecs.encode(value, this.context);
        }
        if (value instanceof io.r2dbc.spi.Parameter) {
            return encodeParameter((io.r2dbc.spi.Parameter) value);
        }
        if (value instanceof Blob || value instanceof Clob) {
            return value;
        }
        if (NonFinite.of(value) != null) {
            return NonFinite.of(value);
        }
        return this.codecs.encode(value, this.context);
    }

    /** @return the marker as errors name it: {@code 0}, or {@code 0 (:name)} for a named one */
    private static String marker(ParsedSql sql, int index) {
        String name = index >= 0 && index < sql.getParameterCount() ? sql.getParameterName(index) : null;
        return name == null ? Integer.toString(index) : index + " (:" + name + ")";
    }

    /** @return the failure of one value, its message ending with the bind marker the value was bound to */
    private static IllegalArgumentException atMarker(IllegalArgumentException failure, String marker) {
        return new IllegalArgumentException(failure.getMessage() + " (bind marker " + marker + ")", failure);
    }

    /**
     * @return whether values of the class go straight to the codecs: the usual bind types, which are neither an
     * R2DBC {@code Parameter}, a {@code Blob}/{@code Clob}, nor a {@code Double}/{@code Float} that may be NaN
     */
    private static boolean isPlain(Class<?> type) {
        return type == Long.class || type == Integer.class || type == String.class || type == BigDecimal.class
            || type == LocalDateTime.class || type == byte[].class || type == Boolean.class || type == Short.class
            || type == LocalDate.class || type == LocalTime.class || type == Byte.class || type == BigInteger.class;
    }

    private Object encodeParameter(io.r2dbc.spi.Parameter parameter) {
        if (parameter instanceof io.r2dbc.spi.Parameter.Out) {
            throw new IllegalArgumentException("OUT parameters are not supported: bind IN parameters only");
        }
        Object value = parameter.getValue();
        if (value == null) {
            return nullOf(parameter.getType().getJavaType());
        }
        return encode(value);
    }

    /**
     * @param type the Java type of the NULL
     * @return the NULL parameter
     */
    public Parameter nullOf(Class<?> type) {
        if (type == null) {
            throw new IllegalArgumentException("type must not be null");
        }
        return this.codecs.encodeNull(type);
    }

    /**
     * @param binding one binding's values, as {@link #encode} left them
     * @param sql     the statement, to name the marker of a value that fails
     * @return the parameters, once every deferred value is read (and the pipeline's result options applied); a
     * value that cannot be encoded fails it with an {@link IllegalArgumentException} naming its marker
     */
    public Mono<Parameter[]> resolve(Object[] binding, ParsedSql sql) {
        boolean deferred = false;
        for (Object value : binding) {
            deferred |= !(value instanceof Parameter);
        }
        if (!deferred) {
            Parameter[] parameters = new Parameter[binding.length];
            System.arraycopy(binding, 0, parameters, 0, binding.length);
            return Mono.just(parameters);
        }
        return Flux.range(0, binding.length)
            .concatMap(i -> resolveOne(binding[i])
                .onErrorMap(IllegalArgumentException.class, e -> atMarker(e, marker(sql, i))))
            .collectList()
            .map(list -> list.toArray(new Parameter[0]));
    }

    private Mono<Parameter> resolveOne(Object value) {
        if (value instanceof Blob) {
            return Flux.from(((Blob) value).stream())
                .collect(ByteArrayOutputStream::new, BindValues::append)
                .map(out -> this.codecs.encode(out.toByteArray(), this.context));
        }
        if (value instanceof Clob) {
            return Flux.from(((Clob) value).stream())
                .collect(StringBuilder::new, StringBuilder::append)
                .map(text -> this.codecs.encode(text.toString(), this.context));
        }
        if (value instanceof NonFinite) {
            return ((NonFinite) value).resolve(this.settings, this.codecs);
        }
        return Mono.just((Parameter) value);
    }

    private static void append(ByteArrayOutputStream out, ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        out.write(bytes, 0, bytes.length);
    }

    /**
     * A NaN or infinite FLOAT/DOUBLE bind value. MySQL and SingleStore cannot store it, so it is sent as NULL when
     * {@code nanAsNull} / {@code infAsNull} is on (configured, or overridden for one pipeline through the Reactor
     * Context with {@link SingleStoreOptions#contextWith}); otherwise execution fails with an
     * {@link IllegalArgumentException}. Decided when the statement executes, so that the pipeline's Context applies.
     */
    private static final class NonFinite {

        private final Object value;
        private final Class<?> type;

        private NonFinite(Object value, Class<?> type) {
            this.value = value;
            this.type = type;
        }

        static NonFinite of(Object value) {
            if (value instanceof Double && !Double.isFinite((Double) value)) {
                return new NonFinite(value, Double.class);
            }
            if (value instanceof Float && !Float.isFinite((Float) value)) {
                return new NonFinite(value, Float.class);
            }
            return null;
        }

        private boolean isNan() {
            return this.value instanceof Double ? ((Double) this.value).isNaN() : ((Float) this.value).isNaN();
        }

        Mono<Parameter> resolve(Settings settings,
                                dev.s2r.driver.internal.codec.Codecs codecs) {
            return Mono.deferContextual(context -> {
                boolean asNull = isNan()
                    ? SingleStoreOptions.resultOption(context, SingleStoreOptions.NAN_AS_NULL, settings.get(SingleStoreOptions.NAN_AS_NULL))
                    : SingleStoreOptions.resultOption(context, SingleStoreOptions.INF_AS_NULL, settings.get(SingleStoreOptions.INF_AS_NULL));
                if (asNull) {
                    return Mono.just(codecs.encodeNull(this.type));
                }
                return Mono.error(new IllegalArgumentException("Cannot bind " + this.value + ": the server stores no "
                    + (isNan() ? "NaN; set nanAsNull" : "infinity; set infAsNull") + " to send it as NULL"));
            });
        }
    }
}
