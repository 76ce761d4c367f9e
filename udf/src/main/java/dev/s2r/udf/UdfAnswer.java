/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf;

import io.netty.buffer.ByteBuf;

/**
 * The answer to a function call, as {@link UdfServer} writes it: the receiver writes the status, the
 * {@code Content-Type} (none when {@code contentType} is {@code null}) and the body, then releases the body.
 *
 * @param status the HTTP status: 200, or the error statuses of {@link UdfServer}
 * @param contentType the body's content type, {@code null} for an empty body
 * @param body the body, {@code null} when empty; the receiver releases it
 */
public record UdfAnswer(int status, String contentType, ByteBuf body) {
}
