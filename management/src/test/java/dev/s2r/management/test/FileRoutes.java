/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.test;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The Stage ({@code /v1/stage/{deploymentID}/fs/…}) and Files ({@code /v1/files/fs/{personal|shared|models}/…})
 * endpoints of {@link ManagementApiServer} (singlestore-server.md §1.4), streamed: uploads are read as they arrive
 * and downloads written chunk by chunk as the client reads them, so a generated file of any size is never held in
 * memory. Files live in memory; folders end with {@code /} and are created with their files' parents. Faults:
 * a download reset after a given number of bytes.
 */
public final class FileRoutes {

    /** The size of the chunks downloads are written in. */
    public static final int CHUNK = 64 * 1024;

    private static final Duration RESET_PAUSE = Duration.ofMillis(500);
    private static final Set<String> LOCATIONS = Set.of("personal", "shared", "models");

    private final Predicate<String> deploymentExists;
    private final Map<String, NavigableMap<String, Node>> spaces = new ConcurrentHashMap<>();
    private final AtomicLong bytesSent = new AtomicLong();
    private volatile long resetAfter = -1;
    private volatile String redirect;

    FileRoutes(Predicate<String> deploymentExists) {
        this.deploymentExists = deploymentExists;
    }

    /**
     * @param id a workspace group's id
     * @return the key of its Stage, for the methods below
     */
    public static String stage(String id) {
        return "stage/" + id + "/fs";
    }

    /**
     * @param location {@code personal}, {@code shared} or {@code models}
     * @return the key of that Files space
     */
    public static String files(String location) {
        return "files/fs/" + location;
    }

    /**
     * Adds a file whose content is generated as it is sent: byte {@code i} is {@code i % 251}.
     *
     * @param space a key from {@link #stage(String)} or {@link #files(String)}
     * @param path  the file's path
     * @param size  its size in bytes
     */
    public void addGeneratedFile(String space, String path, long size) {
        put(space, path, new Node(false, null, size, now()));
    }

    /**
     * @param space a space's key
     * @param path  a file's path
     * @return its content, or {@code null} when there is no such stored file
     */
    public byte[] content(String space, String path) {
        Node node = space(space).get(path);
        return node == null || node.folder() || node.content() == null ? null : node.content().clone();
    }

    /** @param bytes after how many bytes of its body the next download's connection is reset */
    public void resetNextDownloadAfter(long bytes) {
        this.resetAfter = bytes;
    }

    /** @param url where the next download (a GET of a file's content) is redirected with a 307 */
    public void redirectNextDownloadTo(String url) {
        this.redirect = url;
    }

    /** @return how many bytes of file content the server has handed to its connections */
    public long bytesSent() {
        return this.bytesSent.get();
    }

    static boolean owns(String path) {
        return path.startsWith("/v1/stage/") || path.startsWith("/v1/files/fs/");
    }

    Mono<Void> handle(HttpServerRequest request, HttpServerResponse response, String path,
                      Map<String, String> query) {
        String[] parts = path.substring("/v1/".length()).split("/", -1);
        String space;
        String rest;
        boolean stage = parts[0].equals("stage");
        if (stage && parts.length >= 3 && parts[2].equals("fs")) {
            if (!this.deploymentExists.test(parts[1])) {
                return drain(request, send(response, Routes.error(404, "NotFound", "no deployment " + parts[1])));
            }
            space = stage(parts[1]);
            rest = String.join("/", List.of(parts).subList(3, parts.length));
        } else if (!stage && parts.length >= 3 && LOCATIONS.contains(parts[2])) {
            // singlestore-server.md §1.6: the Files locations are personal, shared and models
            space = files(parts[2]);
            rest = String.join("/", List.of(parts).subList(3, parts.length));
        } else {
            return drain(request, send(response, Routes.error(404, "NotFound", "no such path: " + path)));
        }
        String method = request.method().name();
        // singlestore-server.md §1.4: GET takes metadata; python-sdk-services.md §1.8: a folder PUT takes isFile
        Set<String> allowed = method.equals("GET") ? Set.of("metadata") : method.equals("PUT") ? Set.of("isFile")
            : Set.of();
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            if (!parameter.getKey().equals("organizationID") && !allowed.contains(parameter.getKey())) {
                return drain(request, send(response, Routes.error(400, "BadRequest", "unknown query parameter "
                    + parameter.getKey())));
            }
            if (!Set.of("true", "false", "1", "0").contains(parameter.getValue())
                && !parameter.getKey().equals("organizationID")) {
                return drain(request, send(response, Routes.error(400, "BadRequest", parameter.getKey()
                    + " must be a boolean")));
            }
        }
        boolean folder = rest.isEmpty() || rest.endsWith("/");
        return switch (method) {
            case "GET" -> drain(request, get(response, space, rest, folder, "true".equals(query.get("metadata"))
                || "1".equals(query.get("metadata"))));
            case "PUT" -> folder ? drain(request, mkdir(response, space, rest, stage, query.get("isFile")))
                : upload(request, response, space, rest);
            case "PATCH" -> request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("")
                .flatMap(body -> send(response, rename(space, rest, body)));
            case "DELETE" -> drain(request, send(response, delete(space, rest, folder)));
            default -> drain(request, send(response, Routes.error(405, "MethodNotAllowed", method)));
        };
    }

    private Mono<Void> get(HttpServerResponse response, String space, String path, boolean folder,
                           boolean metadata) {
        NavigableMap<String, Node> files = space(space);
        Node node = path.isEmpty() ? new Node(true, null, 0, Instant.EPOCH) : files.get(path);
        if (node == null || node.folder() != folder) {
            // the reference addresses folders with a trailing '/' (singlestore-server.md §7); this server is strict
            return send(response, Routes.error(404, "NotFound", "no such " + (folder ? "folder" : "file") + ": "
                + path));
        }
        if (folder) {
            // singlestore-server.md §1.4: a folder answers its metadata with a content array of its children
            List<Map<String, Object>> children = new ArrayList<>();
            for (Map.Entry<String, Node> entry : files.tailMap(path, false).entrySet()) {
                String child = entry.getKey();
                if (!child.startsWith(path)) {
                    break;
                }
                String below = child.substring(path.length());
                int slash = below.indexOf('/');
                if (slash < 0 || slash == below.length() - 1) {
                    children.add(metadata(child, entry.getValue(), null));
                }
            }
            return send(response, Routes.ok(metadata(path, node, children)));
        }
        if (metadata) {
            return send(response, Routes.ok(metadata(path, node, null)));
        }
        String location = this.redirect;
        if (location != null) {
            // singlestore-server.md §1.2: a Stage GET of a file may answer 307 to a download URL
            this.redirect = null;
            return response.status(307).header(HttpHeaderNames.LOCATION, location).send();
        }
        long limit = this.resetAfter;
        this.resetAfter = -1;
        Flux<ByteBuf> body = content(node, limit < 0 ? node.size() : Math.min(limit, node.size()))
            .doOnNext(chunk -> this.bytesSent.addAndGet(chunk.readableBytes()));
        if (limit >= 0) {
            // a reset discards what the client has not read yet: it comes after a pause, while the body is open
            body = body.concatWith(Mono.delay(RESET_PAUSE).then(Mono.fromRunnable(() -> response.withConnection(
                connection -> {
                    connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
                    connection.channel().close();
                }))).then(Mono.never()));
        }
        return response.status(200)
            .header(HttpHeaderNames.CONTENT_TYPE, "application/octet-stream")
            .header(HttpHeaderNames.CONTENT_LENGTH, Long.toString(node.size()))
            .send(body, chunk -> true).then(); // each chunk flushed, as a server streaming a file does
    }

    private static Flux<ByteBuf> content(Node node, long length) {
        if (node.content() != null) {
            return Flux.range(0, (int) ((length + CHUNK - 1) / CHUNK)).map(index -> Unpooled.wrappedBuffer(
                node.content(), index * CHUNK, (int) Math.min(CHUNK, length - (long) index * CHUNK)));
        }
        return Flux.generate(() -> 0L, (offset, sink) -> {
            if (offset >= length) {
                sink.complete();
                return offset;
            }
            int size = (int) Math.min(CHUNK, length - offset);
            ByteBuf chunk = Unpooled.buffer(size);
            for (int i = 0; i < size; i++) {
                chunk.writeByte((int) ((offset + i) % 251));
            }
            sink.next(chunk);
            return offset + size;
        });
    }

    private Mono<Void> mkdir(HttpServerResponse response, String space, String path, boolean stage,
                             String isFile) {
        if (!"false".equals(isFile)) {
            return send(response, Routes.error(400, "BadRequest", "a folder is created with isFile=false"));
        }
        if (!stage) {
            // python-sdk-audit.md top finding 3: the Files spaces take no folders (the client refuses before
            // sending; this server refuses too, so that a client that sends one fails its test)
            return send(response, Routes.error(400, "BadRequest", "directories are not allowed in Files API"));
        }
        if (space(space).containsKey(path.substring(0, path.length() - 1))) {
            return send(response, Routes.error(409, "Conflict", "a file is at " + path));
        }
        space(space).putIfAbsent(path, new Node(true, null, 0, now()));
        parents(space, path);
        return send(response, Routes.ok(moved(path)));
    }

    private Mono<Void> upload(HttpServerRequest request, HttpServerResponse response, String space, String path) {
        // singlestore-server.md §1.4: a file is uploaded as a multipart body with the part 'file'
        MultipartUpload upload = MultipartUpload.of(request.requestHeaders().get(HttpHeaderNames.CONTENT_TYPE));
        if (upload == null) {
            return drain(request, send(response, Routes.error(400, "BadRequest",
                "the body must be multipart/form-data with a boundary")));
        }
        return request.receive().doOnNext(upload::accept).then(Mono.defer(() -> {
            byte[] content = upload.finish();
            if (content == null) {
                return send(response, Routes.error(400, "BadRequest", upload.problem()));
            }
            if (space(space).containsKey(path + "/")) {
                return send(response, Routes.error(409, "Conflict", "a folder is at " + path));
            }
            put(space, path, new Node(false, content, content.length, now()));
            return send(response, Routes.ok(moved(path)));
        }));
    }

    private Routes.Answer rename(String space, String path, String body) {
        // singlestore-server.md §1.4: PATCH with {newPath} renames or moves
        JsonNode json;
        try {
            json = ManagementApiServer.mapper().readTree(body);
        } catch (IOException e) {
            return Routes.error(400, "BadRequest", "the body is not JSON");
        }
        if (json == null || !json.isObject() || json.size() != 1 || !json.path("newPath").isTextual()) {
            return Routes.error(400, "BadRequest", "the body must be {\"newPath\": ...}");
        }
        String target = json.get("newPath").asText();
        NavigableMap<String, Node> files = space(space);
        if (!files.containsKey(path)) {
            return Routes.error(404, "NotFound", "no such path: " + path);
        }
        if (files.containsKey(target) || path.endsWith("/") != target.endsWith("/")) {
            // not in the reference: this server refuses to replace, and to turn a file into a folder
            return Routes.error(409, "Conflict", "cannot move " + path + " to " + target);
        }
        Map<String, Node> moving = new LinkedHashMap<>(files.subMap(path, true, path + Character.MAX_VALUE, true));
        moving.keySet().removeIf(key -> !key.equals(path) && !path.endsWith("/"));
        moving.forEach((key, node) -> {
            files.remove(key);
            files.put(target + key.substring(path.length()), node);
        });
        parents(space, target);
        return Routes.ok(moved(target));
    }

    private Routes.Answer delete(String space, String path, boolean folder) {
        NavigableMap<String, Node> files = space(space);
        Node node = files.get(path);
        if (path.isEmpty() || node == null || node.folder() != folder) {
            return Routes.error(404, "NotFound", "no such path: " + path);
        }
        // singlestore-server.md §1.4: DELETE of a folder path (trailing '/') removes the folder and its content
        if (folder) {
            files.subMap(path, true, path + Character.MAX_VALUE, true).clear();
        } else {
            files.remove(path);
        }
        return Routes.ok(moved(path));
    }

    private void put(String space, String path, Node node) {
        space(space).put(path, node);
        parents(space, path);
    }

    private void parents(String space, String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (int slash = trimmed.indexOf('/'); slash >= 0; slash = trimmed.indexOf('/', slash + 1)) {
            space(space).putIfAbsent(trimmed.substring(0, slash + 1), new Node(true, null, 0, now()));
        }
    }

    private NavigableMap<String, Node> space(String space) {
        return this.spaces.computeIfAbsent(space, key -> new ConcurrentSkipListMap<>());
    }

    private static Map<String, Object> moved(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return Map.of("name", trimmed.substring(trimmed.lastIndexOf('/') + 1), "path", path);
    }

    // singlestore-server.md §1.5 FileObjectMetadata: snake_case last_modified; type 'directory' or '' for a file
    private static Map<String, Object> metadata(String path, Node node, List<Map<String, Object>> children) {
        Map<String, Object> fields = new LinkedHashMap<>(moved(path));
        fields.put("type", node.folder() ? "directory" : "");
        fields.put("format", null);
        fields.put("mimetype", node.folder() ? "" : "application/octet-stream");
        fields.put("size", node.size());
        fields.put("created", node.created().toString());
        fields.put("last_modified", node.created().toString());
        fields.put("writable", true);
        fields.put("content", children);
        return fields;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private static Mono<Void> drain(HttpServerRequest request, Mono<Void> answer) {
        return request.receive().then().then(answer);
    }

    private static Mono<Void> send(HttpServerResponse response, Routes.Answer answer) {
        return response.status(answer.status()).header(HttpHeaderNames.CONTENT_TYPE, "application/json")
            .sendString(Mono.just(answer.body())).then();
    }

    /** A file (its content, or {@code null} when generated) or a folder. */
    private record Node(boolean folder, byte[] content, long size, Instant created) {
    }
}
