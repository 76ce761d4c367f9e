/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.batch;

/**
 * How one argument or return column travels between the engine and a function: its ROWDAT_1 type code, the
 * storage a {@link Column} keeps it in, and the normalized dtype name that {@code function_info} reports.
 * <p>
 * Every integer type and BOOL travels as an 8-byte int64 (unsigned: uint64) and FLOAT as an 8-byte double, whatever
 * width the SQL signature declares (python-sdk-audit.md "Top findings" 1; python-sdk-services.md §2.8).
 * Values kept per storage:
 * <ul>
 *   <li>{@link Storage#LONG}: integers as their int64 (uint64 as its raw 64 bits), BOOL as 0/1;</li>
 *   <li>{@link Storage#DOUBLE}: FLOAT and DOUBLE;</li>
 *   <li>{@link Storage#OBJECT}: DECIMAL as {@code BigDecimal}, STRING and JSON as {@code String} (JSON as its
 *   text), BINARY as {@code byte[]}, DATE as {@code LocalDate}, TIME as {@code Duration}, DATETIME as
 *   {@code LocalDateTime}.</li>
 * </ul>
 */
public enum WireType {

    BOOL(8, Storage.LONG, "bool"),
    INT8(8, Storage.LONG, "int8"),
    INT16(8, Storage.LONG, "int16"),
    INT32(8, Storage.LONG, "int32"),
    INT64(8, Storage.LONG, "int64"),
    UINT8(-8, Storage.LONG, "uint8"),
    UINT16(-8, Storage.LONG, "uint16"),
    UINT32(-8, Storage.LONG, "uint32"),
    UINT64(-8, Storage.LONG, "uint64"),
    FLOAT32(5, Storage.DOUBLE, "float32"),
    FLOAT64(5, Storage.DOUBLE, "float64"),
    DECIMAL(246, Storage.OBJECT, "decimal"),
    STRING(254, Storage.OBJECT, "str"),
    JSON(254, Storage.OBJECT, "json"),
    BINARY(-254, Storage.OBJECT, "bytes"),
    DATE(10, Storage.OBJECT, "date"),
    TIME(11, Storage.OBJECT, "time6"),
    DATETIME(12, Storage.OBJECT, "datetime6");

    /** Where a {@link Column} keeps the values of a type. */
    public enum Storage { LONG, DOUBLE, OBJECT }

    private final int rowdatCode;
    private final Storage storage;
    private final String dtype;

    WireType(int rowdatCode, Storage storage, String dtype) {
        this.rowdatCode = rowdatCode;
        this.storage = storage;
        this.dtype = dtype;
    }

    /** @return the ROWDAT_1 type code (negative: unsigned or binary) */
    public int rowdatCode() {
        return this.rowdatCode;
    }

    /** @return where a column keeps values of this type */
    public Storage storage() {
        return this.storage;
    }

    /** @return the normalized dtype name of {@code function_info} ({@code int64}, {@code str}, ...) */
    public String dtype() {
        return this.dtype;
    }

    /** @return whether the 64 bits of a value are an unsigned integer */
    public boolean unsigned() {
        return this.rowdatCode == -8;
    }
}
