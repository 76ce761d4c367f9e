/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import java.util.ArrayList;
import java.util.List;

/**
 * The codecs for types of optional libraries, added to the registry only when the library is on the class path:
 * {@link BsonCodec} needs {@code org.mongodb:bson}. The codec classes are not loaded otherwise, so a missing library
 * costs nothing and fails nothing.
 */
final class OptionalCodecs {

    static final String BSON_DOCUMENT = "org.bson.RawBsonDocument";

    private OptionalCodecs() {
    }

    /**
     * @return the codecs whose libraries are present
     */
    static List<AbstractCodec<?>> available() {
        List<AbstractCodec<?>> codecs = new ArrayList<>();
        if (isPresent(BSON_DOCUMENT)) {
            codecs.add(new BsonCodec());
        }
        return codecs;
    }

    static boolean isPresent(String className) {
        try {
            Class.forName(className, false, OptionalCodecs.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
