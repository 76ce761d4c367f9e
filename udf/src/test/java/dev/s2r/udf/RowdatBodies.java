/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf;

/**
 * ROWDAT_1 bodies of BIGINT columns as the engine writes them (python-sdk-services.md §2.8; singlestore-server.md
 * §3.2): per row an int64 row id, then per column a null byte (0) and the int64 value, little-endian. Written byte by
 * byte here, independently of the codec under test.
 */
final class RowdatBodies {

    private RowdatBodies() {
    }

    /**
     * @param rowIdAndValues per row, the row id then one value per column
     * @return the body
     */
    static byte[] rows(long[]... rowIdAndValues) {
        int size = 0;
        for (long[] row : rowIdAndValues) {
            size += 8 + 9 * (row.length - 1);
        }
        byte[] body = new byte[size];
        int at = 0;
        for (long[] row : rowIdAndValues) {
            at = putLongLe(body, at, row[0]);
            for (int i = 1; i < row.length; i++) {
                body[at++] = 0;
                at = putLongLe(body, at, row[i]);
            }
        }
        return body;
    }

    private static int putLongLe(byte[] target, int at, long value) {
        for (int i = 0; i < 8; i++) {
            target[at + i] = (byte) (value >>> (8 * i));
        }
        return at + 8;
    }
}
