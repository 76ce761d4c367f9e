/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes ROWDAT_1 bodies byte by byte, independently of the codec under test (python-sdk-services.md §2.8): no
 * header; per row an int64 LE row id, then per column a null byte (1 = NULL) and a payload that is always present.
 * Integers and BOOL are 8-byte int64, FLOAT and DOUBLE 8-byte doubles, text, BLOB and DECIMAL an int64 length and
 * the bytes, DATE {@code yyyymmdd}, TIME {@code ±(hhmmss * 1e6 + micros)}, DATETIME bit-packed.
 */
final class Rowdat {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** @return an empty body */
    static Rowdat body() {
        return new Rowdat();
    }

    /** Starts a row. */
    Rowdat row(long rowId) {
        return raw(rowId);
    }

    Rowdat int64(long value) {
        this.out.write(0);
        return raw(value);
    }

    Rowdat bool(boolean value) {
        return int64(value ? 1 : 0);
    }

    Rowdat float64(double value) {
        return int64(Double.doubleToRawLongBits(value));
    }

    Rowdat text(String value) {
        return bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    Rowdat bytes(byte[] value) {
        this.out.write(0);
        raw(value.length);
        this.out.writeBytes(value);
        return this;
    }

    /** A NULL of an integer, date or time column: the flag, then 0. */
    Rowdat nullInt64() {
        this.out.write(1);
        return raw(0);
    }

    /** A NULL of a text, BLOB or DECIMAL column: the flag, then length 0. */
    Rowdat nullText() {
        this.out.write(1);
        return raw(0);
    }

    /** A NULL of a DOUBLE column as the Python server writes it: the flag, then NaN. */
    Rowdat nullFloat64() {
        this.out.write(1);
        return raw(Double.doubleToRawLongBits(Double.NaN));
    }

    Rowdat date(int year, int month, int day) {
        return int64(year * 10_000L + month * 100L + day);
    }

    Rowdat time(int sign, long hours, int minutes, int seconds, int micros) {
        return int64(sign * ((hours * 10_000 + minutes * 100L + seconds) * 1_000_000 + micros));
    }

    Rowdat datetime(int year, int month, int day, int hour, int minute, int second, int micros) {
        long packed = year;
        packed = packed << 4 | month;
        packed = packed << 5 | day;
        packed = packed << 5 | hour;
        packed = packed << 6 | minute;
        packed = packed << 6 | second;
        return int64(packed << 20 | micros);
    }

    byte[] bytes() {
        return this.out.toByteArray();
    }

    private Rowdat raw(long value) {
        for (int i = 0; i < 8; i++) {
            this.out.write((int) (value >>> (8 * i)));
        }
        return this;
    }
}
