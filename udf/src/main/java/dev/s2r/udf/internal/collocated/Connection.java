/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.collocated;

import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.format.BatchCodec;
import dev.s2r.udf.internal.function.Execution;
import dev.s2r.udf.internal.function.FunctionSpec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * One engine connection, served on its own platform thread (waiting is allowed there: it is no event loop). After
 * the {@link Handshake}, a control signal gets one answer; a function name gets the batch loop of
 * python-sdk-services.md §2.10 and §2.11: the engine sends {@code u64 LE} n (0 or end of stream ends the loop), the
 * request is the first n bytes of the input file, the response goes at offset 0 of the output file and the reply is
 * {@code u64 200, u64 size}; a failure is answered {@code u64 500, u64 length} plus the message, then the connection
 * closes.
 */
final class Connection implements Runnable {

    /** How long the engine may take to send the handshake. */
    static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(Connection.class);

    private final int fd;
    private final Map<String, FunctionSpec> functions;
    private final BatchCodec codec;
    private final Execution execution;
    private final Runnable onExit;
    private boolean closed;
    private CompletableFuture<Batch> call;

    /**
     * @param fd the accepted socket, owned from now on
     * @param functions the functions by served name
     * @param codec the ROWDAT_1 codec
     * @param execution where functions run
     * @param onExit run once the connection's descriptors are all closed
     */
    Connection(int fd, Map<String, FunctionSpec> functions, BatchCodec codec, Execution execution, Runnable onExit) {
        this.fd = fd;
        this.functions = functions;
        this.codec = codec;
        this.execution = execution;
        this.onExit = onExit;
    }

    @Override
    public void run() {
        try {
            Sockets.receiveTimeout(this.fd, HANDSHAKE_TIMEOUT);
            Handshake handshake = Handshake.receive(this.fd);
            if (handshake != null) {
                Sockets.receiveTimeout(this.fd, Duration.ZERO);
                serve(handshake);
            }
        }
        catch (IOException | RuntimeException ex) {
            LOG.debug("Collocated connection ended: {}", ex.toString());
        }
        finally {
            synchronized (this) {
                this.closed = true;
                Sockets.closeQuietly(this.fd);
            }
            this.onExit.run();
        }
    }

    /** Lets the batch in flight finish, then ends the loop: the next read sees end of stream. */
    synchronized void stopReading() {
        if (!this.closed) {
            Sockets.shutdownQuietly(this.fd, LibC.SHUT_RD);
        }
    }

    /** Cancels the call in flight and disconnects. */
    void abort() {
        CompletableFuture<Batch> current;
        synchronized (this) {
            if (!this.closed) {
                Sockets.shutdownQuietly(this.fd, LibC.SHUT_RDWR);
            }
            current = this.call;
        }
        if (current != null) {
            current.cancel(true);
        }
    }

    private void serve(Handshake handshake) throws IOException {
        SharedFiles files;
        try {
            files = SharedFiles.open(handshake.inputFd(), handshake.outputFd());
        }
        finally {
            Handshake.closeAll(handshake.inputFd(), handshake.outputFd());
        }
        try (files) {
            if (handshake.name().startsWith(ControlSignals.PREFIX)) {
                control(handshake.name(), files);
            }
            else {
                batches(handshake.name(), files);
            }
        }
    }

    private void control(String signal, SharedFiles files) throws IOException {
        if (readLength() == null) {
            return;
        }
        ControlSignals.Answer answer = ControlSignals.answer(signal, this.functions.values());
        if (answer.status() == 200) {
            files.respond(Unpooled.wrappedBuffer(answer.body()));
            reply(200, answer.body().length, null);
        }
        else {
            reply(answer.status(), answer.body().length, answer.body());
        }
    }

    private void batches(String name, SharedFiles files) throws IOException {
        FunctionSpec function = this.functions.get(name);
        while (true) {
            Long length = readLength();
            if (length == null || length == 0) {
                return;
            }
            long size;
            try {
                if (function == null) {
                    throw new IllegalArgumentException("no function named '" + name + "' is served here");
                }
                size = call(function, files, length);
            }
            catch (IOException | RuntimeException ex) {
                byte[] message = ("error in function '" + name + "': " + describe(ex))
                    .getBytes(StandardCharsets.UTF_8);
                reply(500, message.length, message);
                return;
            }
            reply(200, size, null);
        }
    }

    private long call(FunctionSpec function, SharedFiles files, long length) throws IOException {
        ByteBuf request = files.request(length);
        Batch input;
        try {
            input = this.codec.decode(request, function.argTypes());
        }
        finally {
            request.release();
        }
        ByteBuf response = this.codec.encode(invoke(function, input), function.returnTypes(),
            ByteBufAllocator.DEFAULT);
        try {
            files.respond(response);
            return response.readableBytes();
        }
        finally {
            response.release();
        }
    }

    private Batch invoke(FunctionSpec function, Batch input) {
        Mono<Batch> result = Mono.defer(() -> function.invoker().invoke(input, this.execution));
        if (function.timeout() != null) {
            Duration timeout = function.timeout();
            result = result.timeout(timeout, Mono.error(() -> new TimeoutException(
                "timed out after " + timeout.toMillis() / 1000.0 + " seconds")));
        }
        CompletableFuture<Batch> future = result.toFuture();
        synchronized (this) {
            this.call = future;
        }
        try {
            Batch output = future.get();
            if (output == null) {
                throw new IllegalStateException("the function produced no batch");
            }
            return output;
        }
        catch (ExecutionException ex) {
            throw Exceptions.propagate(Exceptions.unwrap(ex.getCause()));
        }
        catch (InterruptedException ex) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("the server is closing");
        }
        finally {
            synchronized (this) {
                this.call = null;
            }
        }
    }

    private static String describe(Throwable failure) {
        Throwable cause = Exceptions.unwrap(failure);
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }

    /** @return the announced length (unsigned values past 2^63 read negative), or {@code null} at end of stream */
    private Long readLength() throws IOException {
        byte[] bytes = Sockets.receiveExactly(this.fd, 8);
        return bytes == null ? null : ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    private void reply(int status, long size, byte[] message) throws IOException {
        int extra = message == null ? 0 : message.length;
        ByteBuffer out = ByteBuffer.allocate(16 + extra).order(ByteOrder.LITTLE_ENDIAN);
        out.putLong(status).putLong(size);
        if (message != null) {
            out.put(message);
        }
        Sockets.sendAll(this.fd, out.array());
    }
}
