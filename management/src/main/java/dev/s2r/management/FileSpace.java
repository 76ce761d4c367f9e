/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import dev.s2r.management.api.FolderNotAllowedException;
import dev.s2r.management.api.ManagementException;
import dev.s2r.management.api.TransferInterruptedException;
import dev.s2r.management.model.FileInfo;
import dev.s2r.management.model.FilePath;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * A file store of the Management API: the Stage of a workspace group or starter workspace
 * ({@link SingleStoreManagement#stage(String)}, {@code /v1/stage/{id}/fs/…}) or an organization's Files space
 * ({@link SingleStoreManagement#files()}, {@code /v1/files/fs/{personal|shared|models}/…}), which have the same
 * calls (singlestore-server.md §1.4). Paths follow {@link FilePath}: relative, {@code /}-separated, a folder ends
 * with {@code /}. Every method returns a cold publisher; contents are streamed, never held whole.
 *
 * <p>The Files spaces refuse to create folders and to remove a folder without its content, as the Python SDK does
 * ({@link FolderNotAllowedException}, before anything is sent: python-sdk-audit.md top finding 3). Failed calls
 * signal a {@link ManagementException}; a missing path is one whose {@code isNotFound()} is true.
 */
public interface FileSpace {

    /** @return whether folders can be created and removed empty here (Stage: yes; Files spaces: no) */
    boolean allowsFolders();

    /**
     * @param folder a folder ({@code ""} or {@code /} for the root; a trailing {@code /} is added)
     * @return its entries, {@code GET …/{folder}/}; an answer without {@code content} lists nothing
     */
    Flux<FileInfo> list(String folder);

    /**
     * @param folder    a folder
     * @param recursive whether the entries of sub-folders follow each sub-folder, depth first
     * @return the entries
     */
    Flux<FileInfo> list(String folder, boolean recursive);

    /**
     * @param path a file, or a folder ending with {@code /}
     * @return its metadata, {@code GET …/{path}?metadata=true}
     */
    Mono<FileInfo> info(String path);

    /**
     * @param path a file, or a folder ending with {@code /}
     * @return whether it exists (a 404 is {@code false}; other failures fail)
     */
    Mono<Boolean> exists(String path);

    /**
     * Uploads a local file as a multipart {@code PUT} with the part {@code file}, streamed from disk with a
     * {@code Content-Length}; retried by the client's policy. The API's answer to a path that exists is its own
     * (the Python SDK deletes the file first when asked to overwrite, else refuses).
     *
     * @param path the file's path in the space (not a folder)
     * @param file the local file
     * @return the uploaded file's metadata
     */
    Mono<FileInfo> upload(String path, Path file);

    /**
     * Uploads a stream as a chunked multipart {@code PUT}, each buffer written as it comes, so memory stays bounded
     * by the publisher's own buffering. Not retried: the publisher may not give its content again.
     *
     * @param path    the file's path in the space (not a folder)
     * @param content the content; each buffer is sent as it is, without a copy, and must not change once emitted
     * @return the uploaded file's metadata
     */
    Mono<FileInfo> upload(String path, Publisher<ByteBuffer> content);

    /**
     * Streams a file's content: one heap buffer per network read, which the subscriber owns. Reading from the
     * network pauses while the subscriber requests nothing (a pause longer than the client's response timeout fails
     * the download). A body cut off midway fails with a {@link TransferInterruptedException} after the bytes that
     * arrived; an error before the body starts is retried by the client's policy.
     *
     * @param path the file's path
     * @return its content
     */
    Flux<ByteBuffer> download(String path);

    /**
     * Writes a file's content to a local file (created or truncated) as it arrives, off the event loop; the local
     * file is deleted when the download fails.
     *
     * @param path   the file's path
     * @param target the local file
     * @return the number of bytes written
     */
    Mono<Long> download(String path, Path target);

    /**
     * Renames or moves a file or folder, {@code PATCH …/{from}} with {@code {newPath}}. Not retried.
     *
     * @param from its path (a folder ends with {@code /})
     * @param to   its new path, of the same kind
     * @return its metadata at the new path
     */
    Mono<FileInfo> rename(String from, String to);

    /**
     * @param path a file (a folder is refused: use {@link #rmdir(String, boolean)})
     * @return completion once deleted, {@code DELETE …/{path}}
     */
    Mono<Void> delete(String path);

    /**
     * Creates a folder, {@code PUT …/{folder}/?isFile=false} (an existing one is left as it is).
     *
     * @param folder the folder's path; a trailing {@code /} is added
     * @return its metadata; a {@link FolderNotAllowedException} in a Files space
     */
    Mono<FileInfo> mkdir(String folder);

    /**
     * Removes an empty folder: lists it first and fails with an {@link IllegalStateException} when it holds
     * anything, then {@code DELETE …/{folder}/}.
     *
     * @param folder the folder's path
     * @return completion once removed; a {@link FolderNotAllowedException} in a Files space
     */
    Mono<Void> rmdir(String folder);

    /**
     * @param folder    the folder's path
     * @param recursive whether its content goes too ({@code DELETE …/{folder}/}, allowed in the Files spaces as
     *                  well); without it, as {@link #rmdir(String)}
     * @return completion once removed
     */
    Mono<Void> rmdir(String folder, boolean recursive);
}
