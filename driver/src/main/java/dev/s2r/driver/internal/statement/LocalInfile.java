/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.statement;

import dev.s2r.driver.internal.client.Client;
import dev.s2r.driver.internal.message.client.LocalInfileData;
import dev.s2r.driver.internal.message.server.LocalInfileRequest;
import dev.s2r.driver.internal.message.server.ServerMessage;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcPermissionDeniedException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousFileChannel;
import java.nio.channels.CompletionHandler;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;

/**
 * Answers the server's {@code LOAD DATA LOCAL INFILE} request. Off unless {@code allowLoadLocalInfileInPath} names a
 * directory; a file outside it (after resolving links) is refused without being read. The file is streamed in
 * 64 KiB packets from an {@link AsynchronousFileChannel}, never read whole and never on the event loop.
 * A refusal or a read error still ends the file with the empty packet, so the connection stays aligned, and fails
 * the statement.
 */
public final class LocalInfile {

    private static final int CHUNK = 64 * 1024;

    private LocalInfile() {
    }

    /**
     * @param sql the SQL of a statement
     * @return whether it may make the server ask for a local file ({@code LOAD DATA LOCAL ...})
     */
    public static boolean mayRequestFile(String sql) {
        String upper = sql.toUpperCase(java.util.Locale.ROOT);
        return upper.contains("LOCAL") && upper.contains("LOAD");
    }

    /**
     * Handles file requests among the messages of a response.
     *
     * @param messages the response
     * @param client   the client, to send the file packets
     * @param allowed  the directory files may come from, or {@code null} when the feature is off
     * @param sql      the SQL, for errors
     * @return the response without the file request
     */
    public static Flux<ServerMessage> answer(Flux<ServerMessage> messages, Client client, Path allowed, String sql,
                                      java.util.function.Function<String, org.reactivestreams.Publisher<ByteBuffer>>
                                          sources) {
        return messages.concatMap(message -> {
            if (!(message instanceof LocalInfileRequest)) {
                return Mono.just(message);
            }
            String name = ((LocalInfileRequest) message).getFileName();
            org.reactivestreams.Publisher<ByteBuffer> source = sources.apply(name);
            return (source != null ? sendPublisher(client, source, name, sql) : send(client, allowed, name, sql))
                .then(Mono.empty());
        });
    }

    private static Mono<Void> sendPublisher(Client client, org.reactivestreams.Publisher<ByteBuffer> source,
                                            String name, String sql) {
        return Flux.from(source)
            .concatMap(buffer -> Flux.range(0, (buffer.remaining() + CHUNK - 1) / CHUNK).concatMap(i -> {
                ByteBuffer view = buffer.duplicate();
                view.position(buffer.position() + i * CHUNK);
                view.limit(Math.min(buffer.limit(), view.position() + CHUNK));
                byte[] bytes = new byte[view.remaining()];
                view.get(bytes);
                return client.send(new LocalInfileData(bytes, bytes.length));
            }), 1)
            .then(client.send(LocalInfileData.end()))
            .onErrorResume(error -> client.send(LocalInfileData.end()).onErrorResume(e -> Mono.empty())
                .then(Mono.error(error instanceof R2dbcException ? error
                    : new R2dbcNonTransientResourceException("LOAD DATA LOCAL INFILE: the data for '" + name
                    + "' failed: " + error.getMessage(), "HY000", 0, sql, error))));
    }

    private static Mono<Void> send(Client client, Path allowed, String name, String sql) {
        return Mono.fromCallable(() -> permitted(allowed, name, sql))
            .subscribeOn(Schedulers.boundedElastic())
            .flatMap(file -> Mono.using(() -> AsynchronousFileChannel.open(file, StandardOpenOption.READ),
                channel -> pump(client, channel, 0), LocalInfile::closeQuietly))
            .then(client.send(LocalInfileData.end()))
            .onErrorResume(error -> client.send(LocalInfileData.end()).onErrorResume(e -> Mono.empty())
                .then(Mono.error(error instanceof R2dbcException ? error
                    : new R2dbcNonTransientResourceException("LOAD DATA LOCAL INFILE could not read '" + name + "': "
                    + error.getMessage(), "HY000", 0, sql, error))));
    }

    private static Path permitted(Path allowed, String name, String sql) throws IOException {
        if (allowed == null) {
            throw new R2dbcPermissionDeniedException("The server asked for the local file '" + name + "', but LOAD DATA "
                + "LOCAL INFILE is off; set allowLoadLocalInfileInPath to a directory to allow files under it",
                "42000", 0, sql);
        }
        Path file;
        try {
            file = Paths.get(name).toAbsolutePath().normalize().toRealPath();
        } catch (IOException | RuntimeException e) {
            throw new R2dbcNonTransientResourceException("LOAD DATA LOCAL INFILE: cannot read '" + name + "': "
                + e.getMessage(), "HY000", 0, sql, e);
        }
        if (!file.startsWith(allowed.toAbsolutePath().normalize().toRealPath())) {
            throw new R2dbcPermissionDeniedException("The server asked for the local file '" + name + "', which is "
                + "outside allowLoadLocalInfileInPath; refused without reading it", "42000", 0, sql);
        }
        return file;
    }

    private static Mono<Void> pump(Client client, AsynchronousFileChannel channel, long position) {
        return read(channel, position).flatMap(chunk -> client.send(new LocalInfileData(chunk.array(), chunk.limit()))
            .then(Mono.defer(() -> pump(client, channel, position + chunk.limit()))));
    }

    private static Mono<ByteBuffer> read(AsynchronousFileChannel channel, long position) {
        return Mono.create(sink -> {
            ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
            channel.read(buffer, position, buffer, new CompletionHandler<Integer, ByteBuffer>() {
                @Override
                public void completed(Integer read, ByteBuffer chunk) {
                    if (read <= 0) {
                        sink.success();
                    } else {
                        chunk.flip();
                        sink.success(chunk);
                    }
                }

                @Override
                public void failed(Throwable error, ByteBuffer chunk) {
                    sink.error(error);
                }
            });
        });
    }

    private static void closeQuietly(AsynchronousFileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
