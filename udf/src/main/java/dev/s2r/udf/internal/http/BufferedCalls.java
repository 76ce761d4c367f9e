/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.http;

import dev.s2r.udf.api.DataFormat;
import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import dev.s2r.udf.internal.format.BatchCodec;
import dev.s2r.udf.internal.function.Execution;
import dev.s2r.udf.internal.function.FunctionSpec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /invoke} for a host server that aggregates the body itself (a web framework's route): the same header
 * resolution ({@link CallResolver}) and call ({@link CallRunner}) as this module's HTTP server, with the answer
 * handed back as a status, a content type and a body instead of written to a connection. The requester leaving is
 * the subscription's cancellation. Thread-safe.
 */
public final class BufferedCalls {

    /** The body of {@code GET /status}: {@code {"status": "ok"}}. */
    public static final String STATUS_OK = Routes.STATUS_OK;
    /** The content type of every text answer. */
    public static final String TEXT_PLAIN = Reply.TEXT_PLAIN;

    private static final Logger LOGGER = LoggerFactory.getLogger(BufferedCalls.class);

    private final CallResolver resolver;
    private final CallRunner runner;
    private final BearerAuth auth;

    private BufferedCalls(CallResolver resolver, CallRunner runner, BearerAuth auth) {
        this.resolver = resolver;
        this.runner = runner;
        this.auth = auth;
    }

    /**
     * @param config the options: data_version, timeout, max_body_size, concurrency, auth_token
     * @param functions the functions, each named as it is served (prefix and suffix applied)
     * @param codecs the codec of each format served
     * @param workers where blocking functions and large bodies run; the caller owns it
     * @return the entry point
     * @throws IllegalArgumentException when two functions have the same served name
     */
    public static BufferedCalls of(UdfConfig config, List<FunctionSpec> functions, Map<DataFormat, BatchCodec> codecs,
                                   Scheduler workers) {
        CallResolver resolver = new CallResolver(CallResolver.byName(functions), codecs,
            config.get(UdfOptions.DATA_VERSION));
        CallRunner runner = new CallRunner(new Execution(workers, config.get(UdfOptions.CONCURRENCY)),
            config.get(UdfOptions.TIMEOUT), config.get(UdfOptions.MAX_BODY_SIZE), new InFlight());
        return new BufferedCalls(resolver, runner, BearerAuth.of(config.get(UdfOptions.AUTH_TOKEN)));
    }

    /** @return the largest body accepted, in bytes ({@code max_body_size}) */
    public long maxBodySize() {
        return this.runner.maxBodySize();
    }

    /**
     * @param authorization the request's {@code Authorization} header, or {@code null}
     * @return whether it carries the configured bearer token (always, when none is configured)
     */
    public boolean authorized(String authorization) {
        return this.auth.accepts(authorization);
    }

    /**
     * Answers a call as the HTTP server would: the same statuses, content types and bodies.
     *
     * @param headers the request's headers, names in any case
     * @param body the whole request body, released here on every path
     * @return the answer, whose body the subscriber releases
     */
    public Mono<Answer> invoke(Map<String, String> headers, ByteBuf body) {
        HttpHeaders httpHeaders = new DefaultHttpHeaders();
        headers.forEach(httpHeaders::add);
        CallResolver.Resolution resolution;
        try {
            resolution = this.resolver.resolve(httpHeaders);
        } catch (RuntimeException e) {
            body.release();
            throw e;
        }
        if (resolution instanceof Reply reply) {
            body.release();
            return Mono.just(answer(reply));
        }
        if (body.readableBytes() > this.runner.maxBodySize()) {
            body.release();
            return Mono.just(answer(Reply.tooLarge(this.runner.maxBodySize())));
        }
        CallResolver.Call call = (CallResolver.Call) resolution;
        ByteBufAllocator allocator = body.alloc(); // the body is released once decoded
        Unsent unsent = new Unsent();
        return this.runner.call(call, body, Mono.never())
            .flatMap(outcome -> {
                if (outcome instanceof Reply reply) {
                    return Mono.just(answer(reply));
                }
                return this.runner.encode((Outcome.Result) outcome, allocator, unsent)
                    .then(Mono.fromSupplier(() -> new Answer(200, call.output().responseType(), unsent.take())));
            })
            .onErrorResume(error -> Mono.just(answer(Reply.failed(error))))
            .doFinally(signal -> unsent.close());
    }

    /** @return 401, the answer to a request without the configured bearer token */
    public Answer unauthorized() {
        return answer(Reply.unauthorized());
    }

    /** @return 413, the answer to a body over {@code max_body_size} */
    public Answer tooLarge() {
        return answer(Reply.tooLarge(this.runner.maxBodySize()));
    }

    private static Answer answer(Reply reply) {
        if (reply.status().code() >= 500) {
            LOGGER.debug("Answering {}: {}", reply.status().code(), reply.text());
        }
        if (reply.text() == null) {
            return new Answer(reply.status().code(), null, null);
        }
        return new Answer(reply.status().code(), TEXT_PLAIN,
            Unpooled.wrappedBuffer(reply.text().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * An answer to write.
     *
     * @param status the HTTP status
     * @param contentType the body's content type, {@code null} for an empty body
     * @param body the body, {@code null} when empty; the receiver releases it
     */
    public record Answer(int status, String contentType, ByteBuf body) {
    }
}
