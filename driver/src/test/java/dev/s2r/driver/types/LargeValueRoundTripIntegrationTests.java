/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.types;

import dev.s2r.driver.test.DataApiDifferences;
import dev.s2r.driver.test.Wire;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Values of every length-encoding width, and values that do not fit one 16 MiB protocol packet, travel as bound
 * parameters into {@code LONGTEXT} and {@code LONGBLOB} columns and come back unchanged, over every {@link Wire}; over
 * the Data API a value whose request exceeds the service's 1 MB limit ({@link DataApiDifferences#REQUEST_LIMIT}) is
 * refused before it is sent instead.
 *
 * <p>Lengths: 0; 1; 250 and 251 (one-byte length limit); 65535 and 65536 (two-byte limit); 785000 (under the Data
 * API's limit as text and as base64) and 1100000 (over it); 16777215 and 16777216 (three-byte limit, and the largest
 * payload of one packet, so the value spans two packets). Each stays more than 1 KiB away from the Data API's limit,
 * so the SQL and JSON around the value cannot tip it over.
 */
@SingleStoreTest
@ExtendWith(Wire.Servers.class)
class LargeValueRoundTripIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final int[] LENGTHS = {0, 1, 250, 251, 65_535, 65_536, 785_000, 1_100_000, 16_777_215, 16_777_216};
    private static final Map<Wire, ConnectionFactory> FACTORIES = new EnumMap<>(Wire.class);
    private static final AtomicInteger IDS = new AtomicInteger();

    @BeforeAll
    static void createTables(TestDatabase database) {
        database.execute(
            "CREATE TABLE long_texts (id INT NOT NULL PRIMARY KEY, v LONGTEXT) DEFAULT CHARSET=utf8mb4",
            "CREATE TABLE long_blobs (id INT NOT NULL PRIMARY KEY, v LONGBLOB)");
        for (Wire wire : Wire.values()) {
            FACTORIES.put(wire, wire.factory(database));
        }
    }

    static Stream<Arguments> wiresAndLengths() {
        return Wire.selected().stream()
            .flatMap(wire -> IntStream.of(LENGTHS).mapToObj(length -> Arguments.of(wire, length)));
    }

    @ParameterizedTest(name = "{0}, {1} characters")
    @MethodSource("wiresAndLengths")
    void stringRoundTripsThroughLongText(Wire wire, int length) {
        String value = text(length);
        if (DataApiDifferences.exceedsRequestLimit(wire, length)) {
            assertRefusedAsTooLarge(wire, "long_texts", value);
            return;
        }

        Object actual = roundTrip(wire, "long_texts", value);

        assertThat(actual).isInstanceOf(String.class);
        assertSameContent(value, (String) actual);
    }

    @ParameterizedTest(name = "{0}, {1} bytes")
    @MethodSource("wiresAndLengths")
    void bytesRoundTripThroughLongBlob(Wire wire, int length) {
        byte[] value = bytes(length);
        if (DataApiDifferences.exceedsRequestLimit(wire, Base64.getEncoder().encodeToString(value).length())) {
            assertRefusedAsTooLarge(wire, "long_blobs", ByteBuffer.wrap(value));
            return;
        }

        Object actual = roundTrip(wire, "long_blobs", ByteBuffer.wrap(value));

        assertThat(actual).isInstanceOf(ByteBuffer.class);
        ByteBuffer buffer = (ByteBuffer) actual;
        byte[] read = new byte[buffer.remaining()];
        buffer.get(read);
        assertSameContent(value, read);
    }

    /** The Data API refuses the insert before sending it, and nothing reaches the table. */
    private static void assertRefusedAsTooLarge(Wire wire, String table, Object value) {
        assertThatThrownBy(() -> roundTrip(wire, table, value))
            .isInstanceOf(R2dbcNonTransientResourceException.class)
            .hasMessageStartingWith("The Data API refuses request bodies over " + DataApiDifferences.REQUEST_LIMIT
                + " bytes");
        Long rows = Flux.usingWhen(FACTORIES.get(Wire.TEXT).create(),
                connection -> Flux.from(connection.createStatement("SELECT COUNT(*) FROM " + table + " WHERE id > ?")
                        .bind(0, IDS.get() - 1).execute())
                    .concatMap(result -> result.map((row, metadata) -> row.get(0, Long.class))),
                Connection::close)
            .blockLast(TIMEOUT);
        assertThat(rows).as("rows inserted").isZero();
    }

    /** Inserts {@code value} with a bound marker, reads it back by id, then deletes the row to keep the table small. */
    private static Object roundTrip(Wire wire, String table, Object value) {
        int id = IDS.incrementAndGet();
        List<Object> values = Flux.usingWhen(FACTORIES.get(wire).create(),
                connection -> Flux.from(connection.createStatement("INSERT INTO " + table + " (id, v) VALUES (?, ?)")
                        .bind(0, id).bind(1, value).execute())
                    .concatMap(result -> result.getRowsUpdated())
                    .thenMany(Flux.from(connection.createStatement("SELECT v FROM " + table + " WHERE id = ?")
                            .bind(0, id).execute())
                        .concatMap(result -> result.map((row, metadata) -> row.get(0))))
                    .concatWith(Flux.from(connection.createStatement("DELETE FROM " + table + " WHERE id = ?")
                            .bind(0, id).execute())
                        .concatMap(result -> result.getRowsUpdated())
                        .then(Mono.empty())),
                Connection::close)
            .collectList()
            .block(TIMEOUT);
        assertThat(values).as("rows read back").hasSize(1);
        return values.get(0);
    }

    /** ASCII text whose characters depend on their position, so a reordered or dropped chunk is noticed. */
    private static String text(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) ('a' + (i * 7 + i / 4093) % 26);
        }
        return new String(chars);
    }

    /** Bytes covering all 256 values, position dependent like {@link #text(int)}. */
    private static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + i / 4093);
        }
        return bytes;
    }

    /** Compares without printing megabytes: reports the lengths and the first differing position. */
    private static void assertSameContent(String expected, String actual) {
        if (expected.length() != actual.length()) {
            fail("expected %d characters but read %d", expected.length(), actual.length());
        }
        int mismatch = mismatch(expected.length(), i -> expected.charAt(i) == actual.charAt(i));
        if (mismatch >= 0) {
            fail("first difference at character %d: expected '%s' but read '%s'", mismatch, expected.charAt(mismatch),
                actual.charAt(mismatch));
        }
    }

    private static void assertSameContent(byte[] expected, byte[] actual) {
        if (expected.length != actual.length) {
            fail("expected %d bytes but read %d", expected.length, actual.length);
        }
        int mismatch = Arrays.mismatch(expected, actual);
        if (mismatch >= 0) {
            fail("first difference at byte %d: expected %d but read %d", mismatch, expected[mismatch], actual[mismatch]);
        }
    }

    private static int mismatch(int length, java.util.function.IntPredicate same) {
        for (int i = 0; i < length; i++) {
            if (!same.test(i)) {
                return i;
            }
        }
        return -1;
    }
}
