/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.s2r.management.api.FolderNotAllowedException;
import dev.s2r.management.api.ManagementException;
import dev.s2r.management.internal.FileTransport;
import dev.s2r.management.internal.Transport;
import dev.s2r.management.model.FileInfo;
import dev.s2r.management.model.FilePath;
import io.netty.handler.codec.http.HttpMethod;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A {@link FileSpace} over the Management API: the Stage ({@code stage/{id}/fs}) or a Files space
 * ({@code files/fs/{space}}), whose calls are the same (singlestore-server.md §1.4, python-sdk-services.md §3.2).
 */
final class HttpFileSpace implements FileSpace {

    /** How many downloaded buffers may wait for the disk in {@link #download(String, Path)}. */
    private static final int WRITE_QUEUE = 8;

    private final Transport transport;
    private final FileTransport files;
    private final String base;
    private final boolean foldersAllowed;
    private final String version;

    /**
     * @param version        the API version, for error paths
     * @param transport      the JSON calls
     * @param files          the streamed calls
     * @param base           the space's path below the version, encoded, e.g. {@code stage/1/fs}
     * @param foldersAllowed whether folders may be created and removed empty
     */
    HttpFileSpace(String version, Transport transport, FileTransport files, String base, boolean foldersAllowed) {
        this.version = version;
        this.transport = transport;
        this.files = files;
        this.base = base;
        this.foldersAllowed = foldersAllowed;
    }

    @Override
    public boolean allowsFolders() {
        return this.foldersAllowed;
    }

    @Override
    public Flux<FileInfo> list(String folder) {
        return list(folder, false);
    }

    @Override
    public Flux<FileInfo> list(String folder, boolean recursive) {
        return Mono.fromCallable(() -> FilePath.folder(folder)).flatMapMany(path -> list(path, recursive));
    }

    private Flux<FileInfo> list(FilePath folder, boolean recursive) {
        // python-sdk-services.md §1.8 files.py: listing GETs the folder path with its trailing '/'
        return this.transport.call(HttpMethod.GET, path(folder), Map.of(), null, FileInfo.class)
            .flatMapIterable(FileInfo::children)
            .concatMap(entry -> recursive && entry.isFolder()
                ? Flux.just(entry).concatWith(list(entry.filePath(), true))
                : Flux.just(entry));
    }

    @Override
    public Mono<FileInfo> info(String path) {
        return Mono.fromCallable(() -> FilePath.of(path)).flatMap(this::info);
    }

    private Mono<FileInfo> info(FilePath path) {
        return this.transport.call(HttpMethod.GET, path(path), Map.of("metadata", "true"), null, FileInfo.class);
    }

    @Override
    public Mono<Boolean> exists(String path) {
        return info(path).map(info -> true)
            .onErrorResume(error -> error instanceof ManagementException management && management.isNotFound(),
                notFound -> Mono.just(false));
    }

    @Override
    public Mono<FileInfo> upload(String path, Path file) {
        Objects.requireNonNull(file, "file");
        return file(path, "upload").flatMap(target -> this.files.upload(path(target), target.name(), file)
            .then(info(target)));
    }

    @Override
    public Mono<FileInfo> upload(String path, Publisher<ByteBuffer> content) {
        Objects.requireNonNull(content, "content");
        return file(path, "upload").flatMap(target -> this.files.upload(path(target), target.name(), content)
            .then(info(target)));
    }

    @Override
    public Flux<ByteBuffer> download(String path) {
        return file(path, "download").flatMapMany(source -> this.files.download(path(source)));
    }

    @Override
    public Mono<Long> download(String path, Path target) {
        Objects.requireNonNull(target, "target");
        Mono<Long> written = Mono.using(
            () -> FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE),
            channel -> download(path)
                .publishOn(Schedulers.boundedElastic(), WRITE_QUEUE)
                .reduce(0L, (total, buffer) -> total + write(channel, buffer)),
            HttpFileSpace::close);
        return written.subscribeOn(Schedulers.boundedElastic())
            .onErrorResume(error -> Mono.fromCallable(() -> Files.deleteIfExists(target))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorResume(IOException.class, ignored -> Mono.just(false))
                .then(Mono.error(error)));
    }

    @Override
    public Mono<FileInfo> rename(String from, String to) {
        return Mono.fromCallable(() -> {
            FilePath source = FilePath.of(from);
            FilePath target = FilePath.of(to);
            if (source.isRoot() || target.isRoot() || source.isFolder() != target.isFolder()) {
                throw new IllegalArgumentException("A rename goes from a file to a file or from a folder to a"
                    + " folder (ending with '/'), not the root: " + from + " -> " + to);
            }
            return new Rename(source.value(), target.value());
        }).flatMap(rename -> this.transport.call(HttpMethod.PATCH, path(FilePath.of(rename.from())), Map.of(),
                new NewPath(rename.to()), Moved.class)
            .then(info(FilePath.of(rename.to()))));
    }

    @Override
    public Mono<Void> delete(String path) {
        return file(path, "delete").flatMap(file -> this.transport.call(HttpMethod.DELETE, path(file), Map.of(),
            null, Moved.class)).then();
    }

    @Override
    public Mono<FileInfo> mkdir(String folder) {
        return folder(folder, "mkdir").flatMap(path -> {
            if (!this.foldersAllowed) {
                return Mono.error(new FolderNotAllowedException("mkdir", fullPath(path)));
            }
            // python-sdk-services.md §1.8 stage.py: CREATE STAGE FOLDER is PUT …/{path}/?isFile=false
            return this.transport.call(HttpMethod.PUT, path(path), Map.of("isFile", "false"), null, Moved.class)
                .then(info(path));
        });
    }

    @Override
    public Mono<Void> rmdir(String folder) {
        return rmdir(folder, false);
    }

    @Override
    public Mono<Void> rmdir(String folder, boolean recursive) {
        return folder(folder, "rmdir").flatMap(path -> {
            Mono<Moved> delete = this.transport.call(HttpMethod.DELETE, path(path), Map.of(), null, Moved.class);
            if (recursive) {
                return delete.then();
            }
            if (!this.foldersAllowed) {
                return Mono.error(new FolderNotAllowedException("rmdir", fullPath(path)));
            }
            // python-sdk-services.md §3.2: rmdir checks that the folder is empty client-side first
            return list(path, false).hasElements().flatMap(full -> full
                ? Mono.error(new IllegalStateException("The folder " + path + " is not empty; remove it"
                    + " recursively to delete its content"))
                : delete.then());
        });
    }

    private static Mono<FilePath> file(String path, String operation) {
        return Mono.fromCallable(() -> {
            FilePath file = FilePath.of(path);
            if (file.isFolder()) {
                throw new IllegalArgumentException("Cannot " + operation + " a folder: '" + path + "' (a file path"
                    + " does not end with '/')");
            }
            return file;
        });
    }

    private static Mono<FilePath> folder(String path, String operation) {
        return Mono.fromCallable(() -> {
            FilePath folder = FilePath.folder(path);
            if (folder.isRoot()) {
                throw new IllegalArgumentException("Cannot " + operation + " the root folder");
            }
            return folder;
        });
    }

    /** @return the path below the version: the space's base, then each segment percent-encoded */
    private String path(FilePath path) {
        if (path.isRoot()) {
            return this.base;
        }
        StringJoiner joiner = new StringJoiner("/", this.base + "/", path.isFolder() ? "/" : "");
        for (String segment : path.value().split("/")) {
            joiner.add(Transport.encode(segment));
        }
        return joiner.toString();
    }

    private String fullPath(FilePath path) {
        return "/" + this.version + "/" + path(path);
    }

    private static long write(FileChannel channel, ByteBuffer buffer) {
        long written = 0;
        try {
            while (buffer.hasRemaining()) {
                written += channel.write(buffer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the download's outcome is already decided
        }
    }

    @Override
    public String toString() {
        return "FileSpace[" + this.base + "]";
    }

    private record Rename(String from, String to) {
    }

    /** The body of a rename, {@code {newPath}}. */
    record NewPath(String newPath) {
    }

    /** The answer of a change, {@code {name, path}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Moved(String name, String path) {
    }
}
