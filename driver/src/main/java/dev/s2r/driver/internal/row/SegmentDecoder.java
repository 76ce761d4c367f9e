/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.row;

import dev.s2r.driver.internal.transport.ExceptionFactory;
import dev.s2r.driver.internal.codec.CodecContext;
import dev.s2r.driver.internal.codec.Codecs;
import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import dev.s2r.driver.internal.message.server.ErrorMessage;
import dev.s2r.driver.internal.message.server.OkMessage;
import dev.s2r.driver.internal.message.server.ResultSetEnd;
import dev.s2r.driver.internal.message.server.ResultSetMetadata;
import dev.s2r.driver.internal.message.server.RowMessage;
import dev.s2r.driver.internal.message.server.ServerMessage;
import dev.s2r.driver.internal.util.LengthEncoded;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.r2dbc.spi.Result.Segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turns the messages of one result into R2DBC segments, for {@code filter}, {@code flatMap} and results with
 * generated keys; keeps the metadata of the current result set. One instance per subscription.
 */
final class SegmentDecoder {

    private final Codecs codecs;
    private final CodecContext context;
    private final String sql;
    private final String generatedKeys;
    private SingleStoreRowMetadata metadata;

    SegmentDecoder(Codecs codecs, CodecContext context, String sql, String generatedKeys) {
        this.codecs = codecs;
        this.context = context;
        this.sql = sql;
        this.generatedKeys = generatedKeys;
    }

    /**
     * @param message the next message of the result; a row is taken over by its segment
     * @return its segments, in order
     * @throws io.r2dbc.spi.R2dbcException for a row before its column definitions (the row is released first)
     */
    List<Segment> onMessage(ServerMessage message) {
        if (message instanceof RowMessage) {
            RowMessage row = (RowMessage) message;
            if (this.metadata == null) {
                row.release();
                throw ExceptionFactory.protocolError("Row received before its column definitions");
            }
            return Collections.singletonList(new RowSegmentImpl(new SingleStoreRow(row, this.metadata,
                this.codecs, this.context)));
        }
        if (message instanceof ResultSetEnd) {
            int warnings = ((ResultSetEnd) message).getWarnings();
            if (warnings > 0) {
                List<Segment> segments = new ArrayList<>(1);
                addWarnings(warnings, segments);
                return segments;
            }
        } else if (message instanceof ResultSetMetadata) {
            this.metadata = SingleStoreRowMetadata.of((ResultSetMetadata) message, this.codecs, this.context);
        } else if (message instanceof OkMessage) {
            return onOk((OkMessage) message);
        } else if (message instanceof ErrorMessage) {
            ErrorMessage error = (ErrorMessage) message;
            return Collections.singletonList(new ErrorSegment(ExceptionFactory.create(error.getCode(),
                error.getSqlState(), error.getMessage(), this.sql)));
        }
        return Collections.emptyList();
    }

    private List<Segment> onOk(OkMessage ok) {
        UpdateCountImpl count = new UpdateCountImpl(ok.getAffectedRows());
        boolean keys = this.generatedKeys != null && ok.getLastInsertId() != 0;
        if (!keys && ok.getWarnings() == 0) {
            return Collections.singletonList(count);
        }
        List<Segment> segments = new ArrayList<>();
        if (keys) {
            emitGeneratedKeys(ok, segments);
        }
        segments.add(count);
        addWarnings(ok.getWarnings(), segments);
        return segments;
    }

    private void addWarnings(int warnings, List<Segment> segments) {
        if (warnings > 0) {
            segments.add(new WarningSegment(warnings, this.sql));
        }
    }

    private void emitGeneratedKeys(OkMessage ok, List<Segment> segments) {
        ColumnDefinition column = ColumnDefinition.of(this.generatedKeys, DataTypes.LONGLONG,
            DataTypes.FLAG_NOT_NULL, DataTypes.BINARY_CHARSET, 20, 0);
        SingleStoreRowMetadata keys = new SingleStoreRowMetadata(new ColumnDefinition[]{column}, this.codecs);
        long count = Math.max(1, ok.getAffectedRows());
        for (long i = 0; i < count; i++) {
            ByteBuf buf = Unpooled.buffer(21);
            LengthEncoded.writeString(buf, Long.toString(ok.getLastInsertId() + i));
            segments.add(new RowSegmentImpl(new SingleStoreRow(buf, buf, false, keys, this.codecs, this.context)));
        }
    }
}
