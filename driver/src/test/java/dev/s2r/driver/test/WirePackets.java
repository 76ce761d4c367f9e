/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds MySQL-protocol packet payloads byte for byte from the protocol definition, including SingleStore's
 * extended column metadata, for tests that feed the driver's decoder or play a server. Payloads carry no packet
 * header (length and sequence id).
 * <p>
 * The extension follows the documented layout: in a column definition whose fixed-length byte is above 12, the
 * usual 12 bytes (charset u16, length u32, type u8, flags u16, decimals u8, 2 filler bytes) are followed by
 * {@code u8} extended type (1 BSON, 2 VECTOR) and, for VECTOR, {@code u32} dimensions and {@code u8} element type
 * (1 F32, 2 F64, 3 I8, 4 I16, 5 I32, 6 I64, 7 F16): fixed-length byte 18 for VECTOR, 13 for BSON.
 */
public final class WirePackets {

    /** The binary character set: a VECTOR column with it is in the binary projection. */
    public static final int BINARY_CHARSET = 63;
    /** utf8mb4_general_ci: a VECTOR column with it is in the JSON projection. */
    public static final int UTF8MB4 = 45;

    public static final int TYPE_LONG = 3;
    public static final int TYPE_BLOB = 252;
    public static final int TYPE_VAR_STRING = 253;

    /** SERVER_STATUS_AUTOCOMMIT. */
    public static final int AUTOCOMMIT = 0x0002;

    private WirePackets() {
    }

    /** @return the first packet of a result set: the number of columns */
    public static byte[] columnCount(int count) {
        return new Builder().lenenc(count).build();
    }

    /** @return a plain {@code ColumnDefinition41} (fixed-length byte 12) */
    public static byte[] column(String table, String name, int charset, long length, int type, int flags,
                                int decimals) {
        return names(table, name).u8(0x0c).u16(charset).u32(length).u8(type).u16(flags).u8(decimals).u16(0).build();
    }

    /**
     * @param charset     {@link #BINARY_CHARSET} for the binary projection, {@link #UTF8MB4} for the JSON one
     * @param elementCode the element type code (1 F32 ... 7 F16)
     * @return a VECTOR column definition: fixed-length byte 18, base type BLOB (not relied on by clients)
     */
    public static byte[] vectorColumn(String table, String name, int charset, int dimensions, int elementCode) {
        return names(table, name).u8(18).u16(charset).u32(0xFFFFFFL).u8(TYPE_BLOB).u16(0).u8(0).u16(0)
            .u8(2).u32(dimensions).u8(elementCode).build();
    }

    /** @return a BSON column definition: fixed-length byte 13, binary character set, base type BLOB */
    public static byte[] bsonColumn(String table, String name) {
        return names(table, name).u8(13).u16(BINARY_CHARSET).u32(0xFFFFFFL).u8(TYPE_BLOB).u16(0x80).u8(0).u16(0)
            .u8(1).build();
    }

    /** @return a classic EOF packet (as sent without CLIENT_DEPRECATE_EOF) */
    public static byte[] eof(int status) {
        return new Builder().u8(0xFE).u16(0).u16(status).build();
    }

    /** @return an OK packet with no affected rows */
    public static byte[] ok(int status) {
        return new Builder().u8(0x00).lenenc(0).lenenc(0).u16(status).u16(0).build();
    }

    /** @return an ERR packet */
    public static byte[] error(int code, String sqlState, String message) {
        return new Builder().u8(0xFF).u16(code).u8('#').bytes(ascii(sqlState)).bytes(utf8(message)).build();
    }

    /**
     * @param fields the fields' bytes, {@code null} for SQL NULL
     * @return a text-protocol row: each field length-encoded, NULL as 0xFB
     */
    public static byte[] textRow(byte[]... fields) {
        Builder row = new Builder();
        for (byte[] field : fields) {
            if (field == null) {
                row.u8(0xFB);
            } else {
                row.lenenc(field.length).bytes(field);
            }
        }
        return row.build();
    }

    /**
     * @param values an {@code Integer} for an INT column (4 bytes), {@code byte[]} for a length-encoded value
     *               (strings, blobs, VECTOR, BSON), {@code null} for SQL NULL (a bit in the null bitmap)
     * @return a binary-protocol row: header 0x00, the null bitmap (offset 2), then the non-null values
     */
    public static byte[] binaryRow(Object... values) {
        byte[] bitmap = new byte[(values.length + 9) / 8];
        Builder data = new Builder();
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                bitmap[(i + 2) / 8] |= (byte) (1 << ((i + 2) % 8));
            } else if (value instanceof Integer) {
                data.u32((Integer) value);
            } else {
                byte[] bytes = (byte[]) value;
                data.lenenc(bytes.length).bytes(bytes);
            }
        }
        return new Builder().u8(0x00).bytes(bitmap).bytes(data.build()).build();
    }

    /** @return the bytes of a hexadecimal string */
    public static byte[] hex(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(i * 2, i * 2 + 2), 16);
        }
        return bytes;
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static Builder names(String table, String name) {
        return new Builder().lenencString("def").lenencString("db").lenencString(table).lenencString(table)
            .lenencString(name).lenencString(name);
    }

    /** Appends little-endian integers, length-encoded integers and strings. */
    public static final class Builder {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        public Builder u8(int value) {
            this.out.write(value);
            return this;
        }

        public Builder u16(int value) {
            return u8(value & 0xFF).u8((value >>> 8) & 0xFF);
        }

        public Builder u24(int value) {
            return u16(value & 0xFFFF).u8((value >>> 16) & 0xFF);
        }

        public Builder u32(long value) {
            return u16((int) (value & 0xFFFF)).u16((int) ((value >>> 16) & 0xFFFF));
        }

        public Builder lenenc(long value) {
            if (value < 251) {
                return u8((int) value);
            }
            if (value < 1 << 16) {
                return u8(0xFC).u16((int) value);
            }
            if (value < 1 << 24) {
                return u8(0xFD).u24((int) value);
            }
            return u8(0xFE).u32(value).u32(value >>> 32);
        }

        public Builder lenencString(String value) {
            byte[] bytes = utf8(value);
            return lenenc(bytes.length).bytes(bytes);
        }

        public Builder nulString(String value) {
            return bytes(utf8(value)).u8(0);
        }

        public Builder bytes(byte[] bytes) {
            this.out.write(bytes, 0, bytes.length);
            return this;
        }

        public Builder zeros(int count) {
            return bytes(new byte[count]);
        }

        public byte[] build() {
            return this.out.toByteArray();
        }
    }
}
