/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format;

import dev.s2r.udf.api.DataFormat;

import java.lang.reflect.InvocationTargetException;

/**
 * The codec of each {@link DataFormat}. ROWDAT_1 and JSON are always there; ARROW is
 * {@code dev.s2r.udf.internal.format.arrow.ArrowCodec}, loaded by name the first time it is asked for, so that the
 * optional arrow-vector dependency is needed only by servers that take Arrow bodies.
 */
public final class BatchCodecs {

    static final String ARROW_CODEC = "dev.s2r.udf.internal.format.arrow.ArrowCodec";
    private static final BatchCodec ROWDAT_1 = new RowDat1Codec();
    private static final BatchCodec JSON = new JsonCodec();
    private static volatile BatchCodec arrow;

    private BatchCodecs() {
    }

    /**
     * @param format a body format
     * @return its codec (stateless, shared)
     * @throws IllegalStateException for {@link DataFormat#ARROW} when arrow-vector is not on the class path
     */
    public static BatchCodec of(DataFormat format) {
        return switch (format) {
            case ROWDAT_1 -> ROWDAT_1;
            case JSON -> JSON;
            case ARROW -> arrow();
        };
    }

    /** Loads the Arrow codec the first time; a failed load is tried again, and fails again, at each ask. */
    private static BatchCodec arrow() {
        BatchCodec codec = arrow;
        if (codec == null) {
            codec = load(ARROW_CODEC, BatchCodecs.class.getClassLoader());
            arrow = codec;
        }
        return codec;
    }

    /**
     * @param className a {@link BatchCodec} with a public no-argument constructor
     * @param loader where to look for it
     * @return a new instance
     * @throws IllegalStateException when the class, or a class it needs, is not there
     */
    static BatchCodec load(String className, ClassLoader loader) {
        try {
            return Class.forName(className, true, loader).asSubclass(BatchCodec.class)
                .getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException | LinkageError e) {
            throw arrowMissing(e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof LinkageError linkage) {
                throw arrowMissing(linkage);
            }
            throw new IllegalStateException(className + " failed to start: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(className + " is not a BatchCodec with a public no-argument constructor",
                e);
        }
    }

    private static IllegalStateException arrowMissing(Throwable e) {
        return new IllegalStateException("The ARROW data format needs org.apache.arrow:arrow-vector and"
            + " org.apache.arrow:arrow-memory-netty on the class path (" + e + ")", e);
    }
}
