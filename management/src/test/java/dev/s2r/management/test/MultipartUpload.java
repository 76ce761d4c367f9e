/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.test;

import io.netty.buffer.ByteBuf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a {@code multipart/form-data} upload as its buffers arrive, keeping only the part's content (the stored
 * file itself, not the request): the Stage and Files {@code PUT} takes one part named {@code file}
 * (singlestore-server.md §1.4; the Python SDK sends exactly that, python-sdk-services.md §3.1). Anything else is
 * refused with a message.
 */
final class MultipartUpload {

    private static final int HEADERS_LIMIT = 8192;
    private static final byte[] HEADERS_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final String boundary;
    private final ByteArrayOutputStream headers = new ByteArrayOutputStream();
    private final ByteArrayOutputStream content = new ByteArrayOutputStream();
    private boolean inContent;
    private String problem;

    private MultipartUpload(String boundary) {
        this.boundary = boundary;
    }

    /**
     * @param contentType the request's {@code Content-Type}
     * @return a reader, or {@code null} when it is not multipart with a boundary
     */
    static MultipartUpload of(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        int at = contentType.indexOf("boundary=");
        if (at < 0) {
            return null;
        }
        String boundary = contentType.substring(at + "boundary=".length()).split(";")[0].trim().replace("\"", "");
        return boundary.isEmpty() ? null : new MultipartUpload(boundary);
    }

    /** @param buffer the next received buffer, read but not released (reactor-netty releases it) */
    void accept(ByteBuf buffer) {
        byte[] bytes = new byte[buffer.readableBytes()];
        buffer.getBytes(buffer.readerIndex(), bytes);
        if (this.inContent) {
            this.content.writeBytes(bytes);
            return;
        }
        this.headers.writeBytes(bytes);
        byte[] seen = this.headers.toByteArray();
        int end = indexOf(seen, HEADERS_END, 0);
        if (end < 0) {
            if (seen.length > HEADERS_LIMIT) {
                this.problem = "the part's headers are too long";
                this.inContent = true;
            }
            return;
        }
        this.inContent = true;
        String head = new String(seen, 0, end, StandardCharsets.UTF_8);
        if (!head.startsWith("--" + this.boundary + "\r\n")) {
            this.problem = "the body does not start with the boundary";
        } else if (!head.toLowerCase(Locale.ROOT).contains("content-disposition: form-data; name=\"file\"")) {
            this.problem = "the part must be form-data named \"file\"";
        }
        this.content.write(seen, end + HEADERS_END.length, seen.length - end - HEADERS_END.length);
    }

    /** @return the part's content, or {@code null} when the body was not one {@code file} part; see problem() */
    byte[] finish() {
        if (this.problem != null) {
            return null;
        }
        if (!this.inContent) {
            this.problem = "the body has no part";
            return null;
        }
        byte[] body = this.content.toByteArray();
        byte[] delimiter = ("\r\n--" + this.boundary).getBytes(StandardCharsets.US_ASCII);
        int end = indexOf(body, delimiter, 0);
        if (end < 0) {
            this.problem = "the part is not closed by the boundary";
            return null;
        }
        String rest = new String(body, end + delimiter.length, body.length - end - delimiter.length,
            StandardCharsets.US_ASCII);
        if (!rest.equals("--") && !rest.equals("--\r\n")) {
            this.problem = "the body must hold one part, named \"file\"";
            return null;
        }
        return Arrays.copyOf(body, end);
    }

    /** @return why the body was refused */
    String problem() {
        return this.problem;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
