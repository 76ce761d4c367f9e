/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.row;

import dev.s2r.driver.internal.transport.ExceptionFactory;
import dev.s2r.driver.internal.codec.CodecContext;
import dev.s2r.driver.internal.codec.Codecs;
import dev.s2r.driver.internal.message.server.ErrorMessage;
import dev.s2r.driver.internal.message.server.OkMessage;
import dev.s2r.driver.internal.message.server.ServerMessage;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.ReferenceCounted;
import io.r2dbc.spi.Result.Message;
import io.r2dbc.spi.Result.Segment;
import io.r2dbc.spi.Result.UpdateCount;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/**
 * The row layer's side of an R2DBC {@code Result}: what the driver's result makes of the messages of one result
 * (column definitions, rows, and the closing OK, end or error), either directly ({@code map},
 * {@code getRowsUpdated}) or as segments ({@code filter}, {@code flatMap}, generated keys). Every row is released
 * once consumed, on every path. The messages may come from any transport that produces them. Internal: not part of
 * the driver's API.
 */
public final class RowResults {

    private RowResults() {
    }

    /**
     * Maps each row with {@code function}, taking the rows in place when the subscription is the connection's own
     * ({@link RowMapper}).
     *
     * @param messages the messages of one result
     * @param function the mapping function; a {@code null} result fails the stream
     * @param codecs   the codecs
     * @param context  the codec context
     * @param sql      the SQL, for error messages
     * @param <T>      the type of the mapped values
     * @return the mapped values
     */
    public static <T> Flux<T> mapRows(Flux<ServerMessage> messages, Function<SingleStoreRow, ? extends T> function,
                                      Codecs codecs, CodecContext context, String sql) {
        return RowSubscriber.<T>flux(messages, actual -> new RowMapper<>(actual, function, codecs, context, sql))
            .doOnDiscard(ReferenceCounted.class, ReferenceCountUtil::release);
    }

    /**
     * @param messages the messages of one result
     * @param sql      the SQL, for error messages
     * @return the sum of the update counts of its OK packets; empty when there is none; the error of an ERR
     */
    public static Mono<Long> countRows(Flux<ServerMessage> messages, String sql) {
        return messages.<Long>handle((message, sink) -> {
            if (message instanceof OkMessage) {
                sink.next(((OkMessage) message).getAffectedRows());
            } else if (message instanceof ErrorMessage) {
                ErrorMessage error = (ErrorMessage) message;
                sink.error(ExceptionFactory.create(error.getCode(), error.getSqlState(), error.getMessage(), sql));
            } else {
                ReferenceCountUtil.release(message);
            }
        }).reduce(Long::sum).doOnDiscard(ReferenceCounted.class, ReferenceCountUtil::release);
    }

    /**
     * @param messages      the messages of one result
     * @param codecs        the codecs
     * @param context       the codec context
     * @param sql           the SQL, for error messages
     * @param generatedKeys the column name for generated keys, or {@code null} when not requested
     * @return its segments, decoded anew for each subscriber; each row segment owns its row
     */
    public static Flux<Segment> segments(Flux<ServerMessage> messages, Codecs codecs, CodecContext context, String sql,
                                         String generatedKeys) {
        return Flux.defer(() -> {
            SegmentDecoder decoder = new SegmentDecoder(codecs, context, sql, generatedKeys);
            return messages.concatMapIterable(decoder::onMessage);
        });
    }

    /**
     * Maps the row segments with {@code function}, releasing each row after it; an error segment fails the stream,
     * other segments are skipped.
     *
     * @param segments the segments of one result
     * @param function the mapping function; a {@code null} result fails the stream
     * @param <T>      the type of the mapped values
     * @return the mapped values
     */
    public static <T> Flux<T> mapSegments(Flux<Segment> segments, Function<SingleStoreRow, ? extends T> function) {
        return segments.<T>handle((segment, sink) -> {
            if (segment instanceof RowSegmentImpl) {
                SingleStoreRow row = ((RowSegmentImpl) segment).row();
                try {
                    T value = function.apply(row);
                    if (value == null) {
                        sink.error(new IllegalStateException("The mapping function returned null"));
                    } else {
                        sink.next(value);
                    }
                } finally {
                    row.release();
                }
            } else if (segment instanceof ErrorSegment) {
                sink.error(((Message) segment).exception());
            }
        }).doOnDiscard(ReferenceCounted.class, ReferenceCountUtil::release);
    }

    /**
     * @param segments the segments of one result
     * @return the sum of their update counts; empty when there is none; the error of an error segment. Every
     * segment is released.
     */
    public static Mono<Long> countSegments(Flux<Segment> segments) {
        return segments.<Long>handle((segment, sink) -> {
            try {
                if (segment instanceof UpdateCount) {
                    sink.next(((UpdateCount) segment).value());
                } else if (segment instanceof ErrorSegment) {
                    sink.error(((Message) segment).exception());
                }
            } finally {
                release(segment);
            }
        }).reduce(Long::sum).doOnDiscard(ReferenceCounted.class, ReferenceCountUtil::release);
    }

    /**
     * Releases the row of a row segment made here; does nothing for other segments.
     *
     * @param segment the segment
     */
    public static void release(Segment segment) {
        if (segment instanceof RowSegmentImpl) {
            ((RowSegmentImpl) segment).row().release();
        }
    }
}
