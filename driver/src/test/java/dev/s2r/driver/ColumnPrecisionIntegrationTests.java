/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.api.ServerFlavor;
import dev.s2r.driver.api.SingleStoreConnection;
import dev.s2r.driver.internal.codec.Collations;
import dev.s2r.driver.test.Protocol;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.RowMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code ColumnMetadata.getPrecision()} of real result columns: characters for character columns whatever their
 * character set and whatever character set the server converts results to, bytes for byte strings, and numbers as
 * before.
 */
@SingleStoreTest
final class ColumnPrecisionIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static TestDatabase database;

    @BeforeAll
    static void createTables(TestDatabase testDatabase) {
        database = testDatabase;
        database.execute("CREATE TABLE widths (id INT NOT NULL PRIMARY KEY, v VARCHAR(50) CHARACTER SET utf8mb4,"
                + " b VARBINARY(20), t TEXT CHARACTER SET utf8mb4, d DECIMAL(10,2), e ENUM('a', 'bbb'))",
            "INSERT INTO widths (id) VALUES (1)");
    }

    /** The column metadata of {@code select} (run with id 1 bound), after {@code setUp} if not null. */
    private static RowMetadata metadata(ConnectionFactory factory, String setUp, String select) {
        return Flux.usingWhen(factory.create(), connection -> {
            Flux<Long> before = setUp == null ? Flux.empty()
                : Flux.from(connection.createStatement(setUp).execute()).concatMap(Result::getRowsUpdated);
            return before.thenMany(Flux.from(connection.createStatement(select).bind(0, 1).execute()))
                .concatMap(result -> result.map((row, metadata) -> metadata));
        }, Connection::close).blockLast(TIMEOUT);
    }

    private static RowMetadata metadata(ConnectionFactory factory, String select) {
        return metadata(factory, null, select);
    }

    private static RowMetadata metadata(Protocol protocol, String select) {
        return metadata(database.connectionFactory(protocol.options()), null, select);
    }

    private static ServerFlavor flavor(ConnectionFactory factory) {
        return Mono.usingWhen(factory.create(), c -> Mono.just(((SingleStoreConnection) c).getServerFlavor()),
            Connection::close).block(TIMEOUT);
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void varcharInUtf8mb4HasItsDeclaredLengthInCharacters(Protocol protocol) {
        RowMetadata metadata = metadata(protocol, "SELECT v FROM widths WHERE id = ?");

        assertThat(metadata.getColumnMetadata("v").getPrecision()).isEqualTo(50);
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void varbinaryHasItsLengthInBytes(Protocol protocol) {
        RowMetadata metadata = metadata(protocol, "SELECT b FROM widths WHERE id = ?");

        assertThat(metadata.getColumnMetadata("b").getPrecision()).isEqualTo(20);
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void textHoldsAtMostItsByteLimitInCharacters(Protocol protocol) {
        RowMetadata metadata = metadata(protocol, "SELECT t FROM widths WHERE id = ?");

        assertThat(metadata.getColumnMetadata("t").getPrecision()).isBetween(65535 / 4, 65535);
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void enumHasItsLongestValueInCharacters(Protocol protocol) {
        RowMetadata metadata = metadata(protocol, "SELECT e FROM widths WHERE id = ?");

        assertThat(metadata.getColumnMetadata("e").getPrecision()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void decimalPrecisionIsItsDigits(Protocol protocol) {
        RowMetadata metadata = metadata(protocol, "SELECT d FROM widths WHERE id = ?");

        assertThat(metadata.getColumnMetadata("d").getPrecision()).isEqualTo(10);
        assertThat(metadata.getColumnMetadata("d").getScale()).isEqualTo(2);
    }

    @Test
    void latin1CharHasItsDeclaredLengthInCharacters(ConnectionFactory factory) {
        assumeTrue(flavor(factory) != ServerFlavor.SINGLESTORE, "SingleStore has no latin1");
        database.execute("CREATE TABLE IF NOT EXISTS latin1_widths (id INT PRIMARY KEY,"
            + " c CHAR(10) CHARACTER SET latin1, tl TEXT CHARACTER SET latin1)",
            "INSERT IGNORE INTO latin1_widths (id) VALUES (1)");

        RowMetadata metadata = metadata(factory, "SELECT c, tl FROM latin1_widths WHERE id = ?");

        assertThat(metadata.getColumnMetadata("c").getPrecision()).isEqualTo(10);
        assertThat(metadata.getColumnMetadata("tl").getPrecision()).isEqualTo(65535);
    }

    /**
     * With {@code character_set_results = NULL} the server sends each column in its own character set, with its
     * own collation id and byte length; the precision in characters is the same. TEXT is the exception the server
     * makes: converted, it is announced as 65535 characters; unconverted, as its 65535 bytes, 16383 utf8mb4
     * characters.
     */
    @Test
    void precisionIsTheSameWhenColumnsComeInTheirOwnCharacterSets(ConnectionFactory factory) {
        assumeTrue(flavor(factory) == ServerFlavor.MARIADB, "MariaDB's character sets and UCA 14.0 collations");
        database.execute("CREATE TABLE IF NOT EXISTS own_sets (id INT PRIMARY KEY,"
            + " v VARCHAR(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,"
            + " w VARCHAR(7) CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci,"
            + " c CHAR(10) CHARACTER SET latin1, u CHAR(5) CHARACTER SET ucs2, m VARCHAR(6) CHARACTER SET utf8mb3,"
            + " x VARCHAR(4) CHARACTER SET utf32, t TEXT CHARACTER SET utf8mb4)",
            "INSERT IGNORE INTO own_sets (id) VALUES (1)");

        RowMetadata converted = metadata(factory, "SELECT v, w, c, u, m, x, t FROM own_sets WHERE id = ?");
        RowMetadata own = metadata(factory, "SET character_set_results = NULL",
            "SELECT v, w, c, u, m, x, t FROM own_sets WHERE id = ?");

        for (RowMetadata metadata : new RowMetadata[] {converted, own}) {
            assertThat(metadata.getColumnMetadata("v").getPrecision()).isEqualTo(50);
            assertThat(metadata.getColumnMetadata("w").getPrecision()).isEqualTo(7);
            assertThat(metadata.getColumnMetadata("c").getPrecision()).isEqualTo(10);
            assertThat(metadata.getColumnMetadata("u").getPrecision()).isEqualTo(5);
            assertThat(metadata.getColumnMetadata("m").getPrecision()).isEqualTo(6);
            assertThat(metadata.getColumnMetadata("x").getPrecision()).isEqualTo(4);
        }
        assertThat(converted.getColumnMetadata("t").getPrecision()).isEqualTo(65535);
        assertThat(own.getColumnMetadata("t").getPrecision()).isEqualTo(16383);
    }

    /**
     * Every collation the server knows, with the longest character of its set as the server states it
     * ({@code MAXLEN}): the driver's table gives the same width. On MariaDB the applicability table lists the
     * UCA 14.0 collations too, with their ids.
     */
    @Test
    void collationTableAgreesWithEveryCollationTheServerKnows(ConnectionFactory factory) {
        String collations = flavor(factory) == ServerFlavor.MARIADB
            ? "information_schema.COLLATION_CHARACTER_SET_APPLICABILITY" : "information_schema.COLLATIONS";
        String sql = "SELECT c.ID, s.MAXLEN FROM " + collations + " c JOIN information_schema.CHARACTER_SETS s"
            + " ON c.CHARACTER_SET_NAME = s.CHARACTER_SET_NAME WHERE c.ID IS NOT NULL";

        List<long[]> collationWidths = Flux.usingWhen(factory.create(),
            connection -> Flux.from(connection.createStatement(sql).execute())
                .concatMap(result -> result.map((row, metadata) ->
                    new long[] {row.get(0, Long.class), row.get(1, Long.class)})),
            Connection::close).collectList().block(TIMEOUT);

        assertThat(collationWidths).hasSizeGreaterThan(100);
        assertThat(collationWidths).allSatisfy(idAndWidth -> assertThat(Collations.maxBytesPerChar((int) idAndWidth[0]))
            .as("collation %d", idAndWidth[0]).isEqualTo(idAndWidth[1]));
    }
}
