/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import org.bson.BsonDocument;
import org.bson.RawBsonDocument;

import java.nio.ByteBuffer;

/**
 * Reads SingleStore BSON values as {@link BsonDocument}s (a {@link RawBsonDocument} over a copy of the bytes, parsed
 * lazily) and binds {@link BsonDocument}s as their encoded bytes (type BLOB).
 * <p>
 * Uses the optional dependency {@code org.mongodb:bson}: this class is loaded only by {@link OptionalCodecs} after
 * it has found that library on the class path.
 */
final class BsonCodec extends AbstractCodec<BsonDocument> {

    BsonCodec() {
        super(BsonDocument.class);
    }

    @Override
    boolean decodes(Kind kind) {
        return kind == Kind.BSON;
    }

    @Override
    BsonDocument decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
                        CodecContext context) {
        return new RawBsonDocument(ByteBufUtil.getBytes(buf, index, length));
    }

    @Override
    boolean encodes(Class<?> valueType) {
        return BsonDocument.class.isAssignableFrom(valueType);
    }

    @Override
    Parameter encodeValue(Object value, CodecContext context) {
        BsonDocument document = (BsonDocument) value;
        RawBsonDocument raw = document instanceof RawBsonDocument ? (RawBsonDocument) document
            : new RawBsonDocument(document, new org.bson.codecs.BsonDocumentCodec());
        ByteBuffer bytes = raw.getByteBuffer().asNIO();
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        return new BytesParameter(copy);
    }

    @Override
    int nullType() {
        return DataTypes.BLOB;
    }
}
