/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a public method as an external function: a static method, or an instance method of an object the
 * application registers. The method's signature decides the SQL signature; {@link Arg} on a parameter and
 * {@link #returns()} override the SQL types.
 *
 * <h2>Types</h2>
 * Java types map to SQL types as follows (the wire type in brackets):
 * {@code long} BIGINT, {@code int} INT, {@code short} SMALLINT, {@code byte} TINYINT, {@code boolean} BOOL,
 * {@code double} DOUBLE, {@code float} FLOAT, {@code String} TEXT, {@code byte[]} and {@code ByteBuffer} BLOB,
 * {@code BigDecimal} DECIMAL(38, 10) (bare DECIMAL would be DECIMAL(10, 0) and drop every fraction),
 * {@code LocalDate} DATE, {@code LocalDateTime} DATETIME(6), {@code Duration} TIME(6), Jackson's
 * {@code JsonNode} JSON (travelling as its text), and the driver's {@code Vector} BLOB holding the packed
 * little-endian elements (F32 unless a {@code VECTOR(n, type)} override names another element type).
 * {@code float[]} and {@code double[]} are vectors only with a {@code VECTOR(n)} / {@code VECTOR(n, F64)} override.
 * Primitive types are {@code NOT NULL}; every reference type and {@code Optional<T>} is {@code NULL}-able (a
 * {@code null} or empty result is SQL NULL). An override may name any SQL type the Java type can hold: for example
 * {@code long} with {@code "INT UNSIGNED"} or {@code "BIGINT UNSIGNED"} (raw 64 bits), {@code String} with
 * {@code "JSON"} or {@code "VARCHAR(20)"}. A signature that cannot map fails at registration with an
 * {@link IllegalArgumentException} naming the method and the parameter.
 *
 * <h2>Kinds</h2>
 * <ul>
 *   <li>Scalar: returns one supported value; called once per row.</li>
 *   <li>Multi-value scalar: returns a Java record; {@code RETURNS RECORD(...)} with a field per component.</li>
 *   <li>Table-valued: returns {@code List<R>}, {@code Stream<R>} or (asynchronously) {@code Flux<R>} of a record
 *   (a column per component) or of one supported value type (one column named {@code a}); every produced row
 *   carries the id of the input row it came from.</li>
 *   <li>Asynchronous: returns {@code Mono<T>} or {@code CompletableFuture<T>} of any scalar result, or
 *   {@code Flux<R>} for a table. The rows of one batch are called with bounded concurrency
 *   ({@link #concurrency()}) and answered in input order.</li>
 * </ul>
 *
 * <h2>Batch functions</h2>
 * A function is a <em>batch</em> function, called once per batch with whole columns, exactly when its result
 * type (inside {@code Mono} or {@code CompletableFuture}, if any) is {@link Masked}, {@link BatchTable}, or an array
 * other than {@code byte[]}; the one exception is a {@code float[]} or {@code double[]} result with a
 * {@code VECTOR(...)} {@link #returns()} override, which is a scalar function returning a vector. Every other
 * function is scalar. So {@code byte[]} as a result is always a BLOB value, and {@code double[]} is a column
 * unless declared a VECTOR.
 * <p>
 * Every parameter of a batch function is a column: a plain array ({@code long[]}, {@code int[]}, {@code short[]},
 * {@code byte[]}, {@code boolean[]}, {@code double[]}, {@code float[]}, {@code String[]}, {@code BigDecimal[]},
 * {@code byte[][]}, {@code LocalDate[]}, {@code LocalDateTime[]}, {@code Duration[]}, {@code JsonNode[]}) for a
 * {@code NOT NULL} column, or {@link Masked} of such an array for a {@code NULL}-able one, whose NULL rows are
 * flagged in the mask. In a batch function {@code byte[]} is a TINYINT column and {@code byte[][]} a BLOB column.
 * A batch function returns a column of the input's length, or a {@link BatchTable} (a table-valued batch
 * function, whose {@link #returns()} must give the SQL type of every column).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Udf {

    /** @return the SQL name of the function; empty for the method's name */
    String name() default "";

    /** @return the timeout of one call (one batch) in seconds; 0 for the server's default */
    long timeout() default 0;

    /**
     * @return how many rows of one batch an asynchronous function may have in flight at once; 0 for the server's
     * default
     */
    int concurrency() default 0;

    /**
     * SQL type overrides of the result columns, in order: one for a scalar result, one per record component or
     * table column. Emitted verbatim; a trailing {@code NULL} or {@code NOT NULL} sets the nullability. Empty
     * for the types of the Java signature.
     *
     * @return the overrides, or none
     */
    String[] returns() default {};

    /**
     * @return names of the result columns of a table-valued function or a record, in order; empty for the
     * record's component names, or {@code a}, {@code b}, ... when there are none
     */
    String[] columns() default {};

    /** @return one line describing the function, for {@code function_info}; empty for none */
    String summary() default "";
}
