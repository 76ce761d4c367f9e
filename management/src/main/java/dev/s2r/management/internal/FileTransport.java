/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.internal;

import dev.s2r.management.api.ManagementException;
import dev.s2r.management.api.TransferInterruptedException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The streamed calls of Stage and Files (singlestore-server.md §1.4): a file's content is never held whole.
 * Downloads ({@code GET}, raw bytes) emit one heap {@link ByteBuffer} per network read, copied from reactor-netty's
 * buffer, which reactor-netty releases once it is copied; demand reaches the socket (reading pauses while the
 * subscriber requests nothing). A redirect to a download URL ({@code 307}, singlestore-server.md §1.2) is
 * followed, without the {@code Authorization} header when it leaves the API's origin (scheme, host and port;
 * reactor-netty drops it too). Uploads ({@code PUT}) are {@code multipart/form-data} with one part named
 * {@code file} (singlestore-server.md §1.1, python-sdk-services.md §3.1), written as the content comes: a
 * {@link Path} read in 64 KiB chunks off the event loop, with a {@code Content-Length}; a publisher chunked.
 *
 * <p>Failures are {@link ManagementException}s as with {@link Transport}; a body cut off after the answer started
 * is a {@link TransferInterruptedException}. A call that got no answer, a 429 or a 5xx is retried by the policy
 * when nothing was emitted yet (downloads) or the content can be read again (uploads of a {@link Path}).
 */
public final class FileTransport {

    private static final byte[] EMPTY = new byte[0];
    private static final int CHUNK = 64 * 1024;

    private final Transport transport;

    /** @param transport the calls' transport: its client, settings and error handling */
    public FileTransport(Transport transport) {
        this.transport = transport;
    }

    /**
     * @param path the path below the version, encoded, e.g. {@code stage/1/fs/a/b.csv}
     * @return the file's content, one buffer per network read, each a fresh heap buffer the subscriber owns
     */
    public Flux<ByteBuffer> download(String path) {
        String fullPath = this.transport.fullPath(path);
        String uri = this.transport.settings().baseUrl() + fullPath + this.transport.queryString(Map.of());
        Flux<ByteBuffer> attempt = token(HttpMethod.GET, fullPath).flatMapMany(token -> {
            AtomicLong received = new AtomicLong();
            AtomicInteger answered = new AtomicInteger();
            return this.transport.client()
                .followRedirect(true, redirect -> {
                    if (!sameOrigin(redirect.resourceUrl(), this.transport.settings().baseUrl())) {
                        redirect.requestHeaders().remove(HttpHeaderNames.AUTHORIZATION);
                    }
                })
                .headers(headers -> headers(headers, token, "*/*"))
                .get()
                .uri(uri)
                .response((response, content) -> {
                    int status = response.status().code();
                    if (status >= 400) {
                        return content.aggregate().asByteArray().defaultIfEmpty(EMPTY)
                            .flatMap(bytes -> Mono.error(Transport.failure(HttpMethod.GET, fullPath, status,
                                response.responseHeaders().get(HttpHeaderNames.RETRY_AFTER), bytes, token)));
                    }
                    answered.set(status);
                    return content.map(FileTransport::copy).doOnNext(buffer -> received.addAndGet(buffer.remaining()));
                })
                // the connection's failure may come through the body or beside it: once the answer started, it is
                // an interruption, not retried
                .onErrorMap(error -> !(error instanceof ManagementException), error -> answered.get() == 0
                    ? noAnswer(HttpMethod.GET, fullPath).apply(error)
                    : new TransferInterruptedException(HttpMethod.GET.name(), fullPath, answered.get(),
                        received.get(), error));
        });
        return attempt.retryWhen(Retries.of(this.transport.settings().retryPolicy()));
    }

    /**
     * @param path     the path below the version, encoded
     * @param fileName the file name of the part
     * @param file     the local file to send
     * @return completion once the API accepted the upload
     */
    public Mono<Void> upload(String path, String fileName, Path file) {
        Mono<Void> attempt = Mono.fromCallable(() -> Files.size(file))
            .subscribeOn(Schedulers.boundedElastic())
            .onErrorMap(error -> new IllegalArgumentException("Cannot read " + file + ": " + error, error))
            .flatMap(size -> put(path, fileName, size, read(file)));
        return attempt.retryWhen(Retries.of(this.transport.settings().retryPolicy()));
    }

    /**
     * Not retried: the publisher may not give its content again.
     *
     * @param path     the path below the version, encoded
     * @param fileName the file name of the part
     * @param content  the content, sent as it comes (each buffer is wrapped, not copied: it must not change once
     *                 emitted)
     * @return completion once the API accepted the upload
     */
    public Mono<Void> upload(String path, String fileName, Publisher<ByteBuffer> content) {
        return put(path, fileName, -1, Flux.from(content).map(Unpooled::wrappedBuffer));
    }

    /** Reads a file in chunks as they are requested, on the bounded elastic scheduler (reads block). */
    private static Flux<ByteBuf> read(Path file) {
        return Flux.using(() -> FileChannel.open(file, StandardOpenOption.READ),
                channel -> Flux.<ByteBuf>generate(sink -> {
                    ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
                    try {
                        if (channel.read(chunk) < 0) {
                            sink.complete();
                        } else {
                            sink.next(Unpooled.wrappedBuffer(chunk.flip()));
                        }
                    } catch (IOException e) {
                        sink.error(e);
                    }
                }),
                FileTransport::close)
            .subscribeOn(Schedulers.boundedElastic());
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // only read from
        }
    }

    private Mono<Void> put(String path, String fileName, long size, Flux<ByteBuf> content) {
        String fullPath = this.transport.fullPath(path);
        String uri = this.transport.settings().baseUrl() + fullPath + this.transport.queryString(Map.of());
        String boundary = "s2r-" + UUID.randomUUID().toString().replace("-", "");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName.replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        return token(HttpMethod.PUT, fullPath).flatMap(token -> this.transport.client()
            .headers(headers -> {
                headers(headers, token, "application/json");
                headers.set(HttpHeaderNames.CONTENT_TYPE, "multipart/form-data; boundary=" + boundary);
                if (size >= 0) {
                    headers.set(HttpHeaderNames.CONTENT_LENGTH, head.length + size + tail.length);
                }
            })
            .put()
            .uri(uri)
            .send((request, out) -> out.send(Flux.concat(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(head)), content,
                Mono.fromSupplier(() -> Unpooled.wrappedBuffer(tail)))))
            .responseSingle((response, answer) -> answer.asByteArray().defaultIfEmpty(EMPTY)
                .flatMap(bytes -> response.status().code() >= 400
                    ? Mono.error(Transport.failure(HttpMethod.PUT, fullPath, response.status().code(),
                        response.responseHeaders().get(HttpHeaderNames.RETRY_AFTER), bytes, token))
                    : Mono.<Void>empty()))
            .onErrorMap(error -> !(error instanceof ManagementException), noAnswer(HttpMethod.PUT, fullPath)));
    }

    private Mono<String> token(HttpMethod method, String fullPath) {
        return this.transport.settings().token()
            .switchIfEmpty(Mono.error(() -> new ManagementException("No management token was configured",
                method.name(), fullPath, 0, "", null, null)));
    }

    private static void headers(HttpHeaders headers, String token, String accept) {
        headers.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + token);
        headers.set(HttpHeaderNames.ACCEPT, accept);
        headers.set(HttpHeaderNames.USER_AGENT, Transport.USER_AGENT);
    }

    private static Function<Throwable, Throwable> noAnswer(HttpMethod method, String fullPath) {
        return error -> new ManagementException(method + " " + fullPath + " could not be completed: " + error,
            method.name(), fullPath, 0, "", null, error);
    }

    /** @return whether two URLs have the same scheme, host and port (an unreadable URL has no origin) */
    static boolean sameOrigin(String url, String other) {
        try {
            URI a = URI.create(url);
            URI b = URI.create(other);
            return a.getScheme() != null && a.getHost() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** Copies a received buffer; reactor-netty releases the original once this returns. */
    private static ByteBuffer copy(ByteBuf buffer) {
        ByteBuffer copy = ByteBuffer.allocate(buffer.readableBytes());
        buffer.readBytes(copy);
        return copy.flip();
    }
}
