/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import dev.s2r.driver.api.VectorElementType;
import io.netty.buffer.ByteBuf;
import io.r2dbc.spi.Type;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in codecs of the driver.
 * <p>
 * Codecs are resolved once per requested Java type (for every column kind at once) and per bind value class, and
 * the answers cached, so decoding a field costs a classification of the column (a switch) and an array read.
 * <p>
 * A request for {@code Object.class} gets the column's default Java type (see {@link SingleStoreType}); a request
 * for a supertype of the default type (such as {@code Number} for an INT) gets the default type too; a primitive
 * class gets its wrapper.
 * <p>
 * SingleStore VECTOR columns are read as the primitive array of their element type by default ({@code float[]} for
 * F32 and F16, {@code double[]}, {@code byte[]}, {@code short[]}, {@code int[]}, {@code long[]}), and also as a
 * {@link dev.s2r.driver.api.Vector}, a {@code ByteBuffer} or {@code byte[]} of the packed little-endian elements, a
 * JSON {@code String}, or a wider primitive array. BSON columns are read as bytes, and as
 * {@code org.bson.BsonDocument} when {@code org.mongodb:bson} is on the class path.
 */
public final class DefaultCodecs implements Codecs {

    private static final Kind[] KINDS = Kind.values();

    private final List<AbstractCodec<?>> codecs;
    private final AbstractCodec<?>[] defaults;
    private final ClassValue<AbstractCodec<?>[]> decoders = new ClassValue<>() {
        @Override
        protected AbstractCodec<?>[] computeValue(Class<?> target) {
            return resolveDecoders(wrap(target));
        }
    };
    private final ClassValue<Optional<AbstractCodec<?>>> encoders = new ClassValue<>() {
        @Override
        protected Optional<AbstractCodec<?>> computeValue(Class<?> valueType) {
            return resolveEncoder(valueType);
        }
    };
    private final ClassValue<Parameter> nulls = new ClassValue<>() {
        @Override
        protected Parameter computeValue(Class<?> type) {
            return new NullParameter(resolveNullType(wrap(type)));
        }
    };

    /** The value classes bound most often, found by identity before the {@link ClassValue} lookup. */
    private static final Class<?>[] COMMON_VALUE_TYPES = {Long.class, Integer.class, String.class, BigDecimal.class,
        Double.class, LocalDateTime.class, byte[].class, Boolean.class};
    /** The encoder of each of {@link #COMMON_VALUE_TYPES}, or {@code null} when none takes it. */
    private final AbstractCodec<?>[] commonEncoders;

    private DefaultCodecs(List<AbstractCodec<?>> codecs) {
        this.codecs = codecs;
        this.defaults = resolveDefaults();
        this.commonEncoders = new AbstractCodec<?>[COMMON_VALUE_TYPES.length];
        for (int i = 0; i < COMMON_VALUE_TYPES.length; i++) {
            this.commonEncoders[i] = resolveEncoder(COMMON_VALUE_TYPES[i]).orElse(null);
        }
    }

    /**
     * Creates the registry of built-in codecs.
     *
     * @return the registry
     */
    public static DefaultCodecs create() {
        List<AbstractCodec<?>> codecs = new ArrayList<>(List.of(
            new BooleanCodec(),
            new ByteCodec(),
            new ShortCodec(),
            new IntegerCodec(),
            new LongCodec(),
            new BigIntegerCodec(),
            new FloatCodec(),
            new DoubleCodec(),
            new BigDecimalCodec(),
            new StringCodec(),
            new ByteArrayCodec(),
            new ByteBufferCodec(),
            new BlobCodec(),
            new ClobCodec(),
            new LocalDateCodec(),
            new LocalTimeCodec(),
            new DurationCodec(),
            new LocalDateTimeCodec(),
            new InstantCodec(),
            new OffsetDateTimeCodec(),
            new ZonedDateTimeCodec(),
            new YearCodec(),
            new VectorCodec(),
            VectorArrayCodec.floats(),
            VectorArrayCodec.doubles(),
            VectorArrayCodec.shorts(),
            VectorArrayCodec.ints(),
            VectorArrayCodec.longs()));
        codecs.addAll(OptionalCodecs.available());
        return new DefaultCodecs(List.copyOf(codecs));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T decode(ByteBuf buf, int index, int length, Column column, boolean binary, Class<T> target,
                        CodecContext context) {
        Kind kind = Kind.of(column);
        return (T) codecFor(column, kind, target).decode(buf, index, length, column, kind, binary, context);
    }

    @Override
    public FieldDecoder decoder(Column column, Class<?> target) {
        Kind kind = Kind.of(column);
        return new ResolvedDecoder(codecFor(column, kind, target), column, kind, target);
    }

    private AbstractCodec<?> codecFor(Column column, Kind kind, Class<?> target) {
        Objects.requireNonNull(target, "target");
        AbstractCodec<?> codec = target == Object.class
            ? this.defaults[kind.ordinal()]
            : this.decoders.get(target)[kind.ordinal()];
        if (codec == null) {
            throw Errors.cannotDecode(column, target);
        }
        return codec;
    }

    /** A codec with its column and kind. */
    private static final class ResolvedDecoder implements FieldDecoder {

        private final AbstractCodec<?> codec;
        private final Column column;
        private final Kind kind;
        private final Class<?> target;

        ResolvedDecoder(AbstractCodec<?> codec, Column column, Kind kind, Class<?> target) {
            this.codec = codec;
            this.column = column;
            this.kind = kind;
            this.target = target;
        }

        @Override
        public Class<?> target() {
            return this.target;
        }

        @Override
        public Object decode(ByteBuf buf, int index, int length, boolean binary, CodecContext context) {
            return this.codec.decode(buf, index, length, this.column, this.kind, binary, context);
        }
    }

    @Override
    public Parameter encode(Object value, CodecContext context) {
        Objects.requireNonNull(value, "value");
        Class<?> type = value.getClass();
        for (int i = 0; i < COMMON_VALUE_TYPES.length; i++) {
            if (COMMON_VALUE_TYPES[i] == type && this.commonEncoders[i] != null) {
                return this.commonEncoders[i].encodeValue(value, context);
            }
        }
        Optional<AbstractCodec<?>> codec = this.encoders.get(type);
        if (codec.isEmpty()) {
            throw new IllegalArgumentException("Cannot bind a value of type " + value.getClass().getName());
        }
        return codec.get().encodeValue(value, context);
    }

    @Override
    public Parameter encodeNull(Class<?> type) {
        Objects.requireNonNull(type, "type");
        return this.nulls.get(type);
    }

    @Override
    public Class<?> defaultJavaType(Column column) {
        return Kind.of(column).defaultType();
    }

    @Override
    public Type r2dbcType(Column column) {
        return typeOf(column);
    }

    /**
     * @param column a column
     * @return its R2DBC type: a {@link SingleStoreVectorType} for a VECTOR column with a known element type, else
     * its {@link SingleStoreType}
     */
    static Type typeOf(Column column) {
        if (column.getExtendedType() == DataTypes.EXTENDED_VECTOR
            && VectorElementType.isKnownCode(column.getVectorElementType())) {
            return new SingleStoreVectorType(column.getVectorDimensions(),
                VectorElementType.fromCode(column.getVectorElementType()));
        }
        return SingleStoreType.of(column);
    }

    private AbstractCodec<?>[] resolveDefaults() {
        AbstractCodec<?>[] resolved = new AbstractCodec<?>[KINDS.length];
        for (Kind kind : KINDS) {
            resolved[kind.ordinal()] = find(kind, kind.defaultType(), true);
        }
        return resolved;
    }

    private AbstractCodec<?>[] resolveDecoders(Class<?> target) {
        AbstractCodec<?>[] resolved = new AbstractCodec<?>[KINDS.length];
        for (Kind kind : KINDS) {
            resolved[kind.ordinal()] = resolveDecoder(kind, target);
        }
        return resolved;
    }

    private AbstractCodec<?> resolveDecoder(Kind kind, Class<?> target) {
        AbstractCodec<?> byDefault = this.defaults[kind.ordinal()];
        if (byDefault != null && target.isAssignableFrom(byDefault.type())) {
            return byDefault;
        }
        AbstractCodec<?> exact = find(kind, target, true);
        return exact != null ? exact : find(kind, target, false);
    }

    private AbstractCodec<?> find(Kind kind, Class<?> target, boolean exactly) {
        for (AbstractCodec<?> codec : this.codecs) {
            boolean matches = exactly ? codec.type() == target : target.isAssignableFrom(codec.type());
            if (matches && codec.decodes(kind)) {
                return codec;
            }
        }
        return null;
    }

    private Optional<AbstractCodec<?>> resolveEncoder(Class<?> valueType) {
        for (AbstractCodec<?> codec : this.codecs) {
            if (codec.encodes(valueType)) {
                return Optional.of(codec);
            }
        }
        return Optional.empty();
    }

    private int resolveNullType(Class<?> type) {
        for (AbstractCodec<?> codec : this.codecs) {
            if (codec.type().isAssignableFrom(type) || codec.encodes(type)) {
                return codec.nullType();
            }
        }
        return DataTypes.VAR_STRING;
    }

    private static Class<?> wrap(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == byte.class) {
            return Byte.class;
        }
        if (type == short.class) {
            return Short.class;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == float.class) {
            return Float.class;
        }
        if (type == double.class) {
            return Double.class;
        }
        return type;
    }
}
