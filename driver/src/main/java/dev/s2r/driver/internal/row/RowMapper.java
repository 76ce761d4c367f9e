/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.row;

import dev.s2r.driver.internal.transport.ExceptionFactory;
import dev.s2r.driver.internal.codec.CodecContext;
import dev.s2r.driver.internal.codec.Codecs;
import dev.s2r.driver.internal.message.server.ErrorMessage;
import dev.s2r.driver.internal.message.server.ResultSetMetadata;
import dev.s2r.driver.internal.message.server.RowMessage;
import dev.s2r.driver.internal.message.server.ServerMessage;
import dev.s2r.driver.internal.transport.RowSource;
import io.netty.buffer.ByteBuf;
import io.netty.util.ReferenceCountUtil;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Operators;

import java.util.function.Function;

/**
 * The fast path of {@code Result.map}: applies the function to each row directly, without segments, and releases
 * the row right after. When the subscription is the connection's own ({@link RowSource}), rows that arrive while
 * there is demand are mapped where they lie in the socket buffer ({@link #row}), with no message object; rows that
 * waited for demand come as {@link RowMessage}s, in order. One value is emitted per row, so demand passes through
 * unchanged; a message that is not a row asks for one more.
 *
 * @param <T> the type of the mapped values
 */
final class RowMapper<T> extends RowSubscriber<T> {

    private final Function<SingleStoreRow, ? extends T> function;
    private final Codecs codecs;
    private final CodecContext context;
    private final String sql;
    private SingleStoreRowMetadata metadata;

    RowMapper(CoreSubscriber<? super T> actual, Function<SingleStoreRow, ? extends T> function, Codecs codecs,
              CodecContext context, String sql) {
        super(actual);
        this.function = function;
        this.codecs = codecs;
        this.context = context;
        this.sql = sql;
    }

    @Override
    public void request(long n) {
        this.upstream.request(n);
    }

    @Override
    public void cancel() {
        this.upstream.cancel();
    }

    @Override
    public void onNext(ServerMessage message) {
        if (this.done) {
            ReferenceCountUtil.release(message);
            return;
        }
        if (message instanceof RowMessage) {
            RowMessage row = (RowMessage) message;
            if (this.metadata == null) {
                row.release();
                fail(ExceptionFactory.protocolError("Row received before its column definitions"));
                return;
            }
            map(new SingleStoreRow(row, this.metadata, this.codecs, this.context));
            return;
        }
        if (message instanceof ResultSetMetadata) {
            this.metadata = SingleStoreRowMetadata.of((ResultSetMetadata) message, this.codecs, this.context);
        } else if (message instanceof ErrorMessage) {
            ErrorMessage error = (ErrorMessage) message;
            this.done = true;
            // the ERR ends the response: the exchange's own end (or a close racing it) must not signal twice
            this.upstream.cancel();
            this.actual.onError(ExceptionFactory.create(error.getCode(), error.getSqlState(), error.getMessage(),
                this.sql));
            return;
        }
        this.upstream.request(1);
    }

    /** A row lent by the connection for the duration of the call (taken in place). */
    @Override
    public void row(ByteBuf buffer, int index, int length, boolean binary) {
        if (this.done) {
            return;
        }
        if (this.metadata == null) {
            fail(ExceptionFactory.protocolError("Row received before its column definitions"));
            return;
        }
        map(SingleStoreRow.lent(buffer, index, index + length, binary, this.metadata, this.codecs, this.context));
    }

    private void map(SingleStoreRow row) {
        T mapped;
        try {
            mapped = this.function.apply(row);
        } catch (Throwable e) {
            fail(Operators.onOperatorError(e, currentContext()));
            return;
        } finally {
            row.release();
        }
        if (mapped == null) {
            fail(new IllegalStateException("The mapping function returned null"));
        } else {
            this.actual.onNext(mapped);
        }
    }
}
