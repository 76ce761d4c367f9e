/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test;

import java.util.ArrayList;
import java.util.List;

/**
 * The vector tables of the SingleStore Python SDK's test data ({@code tests/test.sql}, {@code test_9_1.sql}):
 * {@code (id INT, a VECTOR(3[, type]))} with three rows each, in both projections as the server sends them.
 * <p>
 * The binary projection is written out as hex (packed little-endian, computed outside Java), so that fixtures do
 * not depend on the encoding code under test. F16 values are the nearest halves of the SDK's values, which its
 * tests compare to 2 decimals.
 */
public enum VectorTables {

    F32("f32_vectors", 1, 4, float[].class,
        new String[] {"[0.267261237,0.534522474,0.801783681]", "[0.371390671,0.557085991,0.742781341]",
            "[-0.424264073,-0.565685451,0.707106829]"},
        new String[] {"77d6883e77d6083fb2414d3f", "eb26be3e309d0e3feb263e3f", "2439d9bec3d010bff404353f"},
        new double[][] {{0.267261237, 0.534522474, 0.801783681}, {0.371390671, 0.557085991, 0.742781341},
            {-0.424264073, -0.565685451, 0.707106829}}),
    F64("f64_vectors", 2, 8, double[].class, F32.json,
        new String[] {"07d319e0ce1ad13f07d319e0ce1ae13f61910b4036a8e93f",
            "fa017f60ddc4d73fb7f30c00a6d3e13f9b91f55fddc4e73f", "c4c6997f2427dbbfbec6fb5f181ae2bf1aaa2a809ea0e63f"},
        F32.values),
    I8("i8_vectors", 3, 1, byte[].class, Ints.JSON, new String[] {"010203", "040506", "fffc08"}, Ints.VALUES),
    I16("i16_vectors", 4, 2, short[].class, Ints.JSON,
        new String[] {"010002000300", "040005000600", "fffffcff0800"}, Ints.VALUES),
    I32("i32_vectors", 5, 4, int[].class, Ints.JSON,
        new String[] {"010000000200000003000000", "040000000500000006000000", "fffffffffcffffff08000000"},
        Ints.VALUES),
    I64("i64_vectors", 6, 8, long[].class, Ints.JSON,
        new String[] {"010000000000000002000000000000000300000000000000",
            "040000000000000005000000000000000600000000000000",
            "fffffffffffffffffcffffffffffffff0800000000000000"},
        Ints.VALUES),
    F16("f16_vectors", 7, 2, float[].class,
        new String[] {"[0.267,0.535,0.802]", "[0.371,0.557,0.743]", "[-0.424,-0.566,0.707]"},
        new String[] {"463448386a3a", "f0357538f239", "c9b687b8a839"},
        new double[][] {{0.267, 0.535, 0.802}, {0.371, 0.557, 0.743}, {-0.424, -0.566, 0.707}});

    /** The dimensions of every vector column of these tables. */
    public static final int DIMENSIONS = 3;

    private final String table;
    private final int elementCode;
    private final int elementSize;
    private final Class<?> defaultType;
    private final String[] json;
    private final String[] binaryHex;
    private final double[][] values;

    VectorTables(String table, int elementCode, int elementSize, Class<?> defaultType, String[] json,
                 String[] binaryHex, double[][] values) {
        this.table = table;
        this.elementCode = elementCode;
        this.elementSize = elementSize;
        this.defaultType = defaultType;
        this.json = json;
        this.binaryHex = binaryHex;
        this.values = values;
    }

    /** @return the table name, e.g. {@code f32_vectors} */
    public String table() {
        return this.table;
    }

    /** @return the element type code of the column metadata */
    public int elementCode() {
        return this.elementCode;
    }

    /** @return the bytes of one element in the binary projection */
    public int elementSize() {
        return this.elementSize;
    }

    /** @return the Java type {@code Row.get("a")} is expected to return */
    public Class<?> defaultType() {
        return this.defaultType;
    }

    /** @return the number of rows */
    public int rowCount() {
        return this.values.length;
    }

    /** @return the values of row {@code row} (0-based), as the SDK's tests state them */
    public double[] values(int row) {
        return this.values[row].clone();
    }

    /** @return whether values are compared to 2 decimals (F16), not exactly */
    public boolean isApproximate() {
        return this == F16;
    }

    /**
     * @param binary {@code true} for the binary projection, {@code false} for the JSON one
     * @return the field bytes of column {@code a} of row {@code row}
     */
    public byte[] field(int row, boolean binary) {
        return binary ? WirePackets.hex(this.binaryHex[row]) : WirePackets.utf8(this.json[row]);
    }

    /**
     * @param binaryProjection the projection of column {@code a}
     * @return the payloads of the text-protocol response to {@code SELECT a FROM <table>} (classic EOF)
     */
    public List<byte[]> textResponse(boolean binaryProjection) {
        List<byte[]> packets = new ArrayList<>();
        packets.add(WirePackets.columnCount(1));
        packets.add(column(binaryProjection));
        packets.add(WirePackets.eof(WirePackets.AUTOCOMMIT));
        for (int row = 0; row < rowCount(); row++) {
            packets.add(WirePackets.textRow(field(row, binaryProjection)));
        }
        packets.add(WirePackets.eof(WirePackets.AUTOCOMMIT));
        return packets;
    }

    /** @return the definition of column {@code a} in the given projection */
    public byte[] column(boolean binaryProjection) {
        return WirePackets.vectorColumn(this.table, "a",
            binaryProjection ? WirePackets.BINARY_CHARSET : WirePackets.UTF8MB4, DIMENSIONS, this.elementCode);
    }

    /**
     * @param table a table name
     * @return the table of that name
     * @throws IllegalArgumentException when there is none
     */
    public static VectorTables named(String table) {
        for (VectorTables candidate : values()) {
            if (candidate.table.equalsIgnoreCase(table)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("No vector table " + table);
    }

    private static final class Ints {
        static final String[] JSON = {"[1,2,3]", "[4,5,6]", "[-1,-4,8]"};
        static final double[][] VALUES = {{1, 2, 3}, {4, 5, 6}, {-1, -4, 8}};
    }
}
