/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds a ROWDAT_1 body byte by byte, as python-sdk-services.md §2.8 lays it out: an int64 LE row id, then per
 * column a null byte and a payload that is always there (8 bytes, or an int64 LE length and that many bytes).
 * Independent of the codec and of Netty: every integer is split into bytes here.
 */
final class RowDat1Body {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** @return an empty body */
    static RowDat1Body body() {
        return new RowDat1Body();
    }

    /** Appends 8 bytes, least significant first. */
    RowDat1Body int64(long value) {
        for (int i = 0; i < 8; i++) {
            this.out.write((int) (value >>> (8 * i)) & 0xFF);
        }
        return this;
    }

    /** Appends raw bytes. */
    RowDat1Body raw(byte... bytes) {
        this.out.write(bytes, 0, bytes.length);
        return this;
    }

    /** Appends one byte. */
    RowDat1Body byte1(int value) {
        this.out.write(value);
        return this;
    }

    /** Appends a row id. */
    RowDat1Body row(long rowId) {
        return int64(rowId);
    }

    /** Appends a non-NULL 8-byte cell. */
    RowDat1Body int64Cell(long value) {
        return byte1(0).int64(value);
    }

    /** Appends a non-NULL double cell. */
    RowDat1Body doubleCell(double value) {
        return byte1(0).int64(Double.doubleToRawLongBits(value));
    }

    /** Appends a NULL 8-byte cell with the given payload. */
    RowDat1Body nullCell(long payload) {
        return byte1(1).int64(payload);
    }

    /** Appends a non-NULL length-prefixed cell. */
    RowDat1Body bytesCell(byte[] bytes) {
        return byte1(0).int64(bytes.length).raw(bytes);
    }

    /** Appends a non-NULL length-prefixed UTF-8 cell. */
    RowDat1Body textCell(String text) {
        return bytesCell(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the bytes so far */
    byte[] bytes() {
        return this.out.toByteArray();
    }
}
