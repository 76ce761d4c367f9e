/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.http;

import dev.s2r.udf.api.DataFormat;
import dev.s2r.udf.internal.format.BatchCodec;
import dev.s2r.udf.internal.function.FunctionKind;
import dev.s2r.udf.internal.function.FunctionSpec;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The header checks of {@code POST /invoke} (python-sdk-services.md §2.5). */
class CallResolverTests {

    private static final FunctionSpec F = new FunctionSpec("f", List.of(), List.of(), FunctionKind.UDF, false, null,
        "", (input, execution) -> null);
    private static final BatchCodec ROWDAT = codec();
    private static final BatchCodec JSON = codec();
    private final CallResolver resolver = new CallResolver(Map.of("f", F),
        Map.of(DataFormat.ROWDAT_1, ROWDAT, DataFormat.JSON, JSON), "1.0");

    private static BatchCodec codec() {
        return new BatchCodec() {
            @Override
            public dev.s2r.udf.internal.batch.Batch decode(io.netty.buffer.ByteBuf body,
                                                          List<dev.s2r.udf.internal.batch.WireType> types) {
                throw new UnsupportedOperationException();
            }

            @Override
            public io.netty.buffer.ByteBuf encode(dev.s2r.udf.internal.batch.Batch batch,
                                                  List<dev.s2r.udf.internal.batch.WireType> types,
                                                  io.netty.buffer.ByteBufAllocator allocator) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static HttpHeaders engine() {
        return new DefaultHttpHeaders().set("Content-Type", "application/octet-stream")
            .set("s2-ef-name", "f").set("s2-ef-version", "1.0");
    }

    private int status(HttpHeaders headers) {
        CallResolver.Resolution resolution = this.resolver.resolve(headers);
        return resolution instanceof Reply reply ? reply.status().code() : 0;
    }

    @Test
    void theEnginesHeadersResolveToTheNamedFunctionInRowdat1() {
        CallResolver.Call call = (CallResolver.Call) this.resolver.resolve(engine());

        assertThat(call.function()).isSameAs(F);
        assertThat(call.input()).isEqualTo(DataFormat.ROWDAT_1);
        assertThat(call.decoder()).isSameAs(ROWDAT);
        assertThat(call.output()).isEqualTo(DataFormat.ROWDAT_1);
        assertThat(call.ignoreCancel()).isFalse();
    }

    @Test
    void anUnknownOrMissingNameIs404() {
        assertThat(status(engine().set("s2-ef-name", "g"))).isEqualTo(404);
        assertThat(status(engine().remove("s2-ef-name"))).isEqualTo(404);
    }

    @Test
    void anotherDataVersionIs400() {
        assertThat(status(engine().set("s2-ef-version", "1.1"))).isEqualTo(400);
        assertThat(status(engine().remove("s2-ef-version"))).isEqualTo(400);
    }

    @Test
    void aMissingContentTypeMeansRowdat1() {
        CallResolver.Call call = (CallResolver.Call) this.resolver.resolve(engine().remove("Content-Type"));

        assertThat(call.input()).isEqualTo(DataFormat.ROWDAT_1);
    }

    @Test
    void aContentTypeWithoutCodecIs415() {
        assertThat(status(engine().set("Content-Type", "application/vnd.apache.arrow.file"))).isEqualTo(415);
        assertThat(status(engine().set("Content-Type", "text/html"))).isEqualTo(415);
    }

    @Test
    void acceptsChoosesTheOutputAndAcceptIsIgnored() {
        CallResolver.Call call = (CallResolver.Call) this.resolver.resolve(engine()
            .set("accepts", "application/json").set("accept", "application/octet-stream"));

        assertThat(call.output()).isEqualTo(DataFormat.JSON);
        assertThat(call.encoder()).isSameAs(JSON);
    }

    @Test
    void anUnknownAcceptsIs406() {
        assertThat(status(engine().set("accepts", "text/csv"))).isEqualTo(406);
    }

    @Test
    void ignoreCancelIsReadFromItsHeader() {
        CallResolver.Call call = (CallResolver.Call) this.resolver.resolve(engine().set("s2-ef-ignore-cancel",
            "true"));

        assertThat(call.ignoreCancel()).isTrue();
    }
}
