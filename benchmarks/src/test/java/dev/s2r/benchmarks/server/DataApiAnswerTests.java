/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.server;

import dev.s2r.benchmarks.data.Checksum;
import dev.s2r.benchmarks.data.WideRow;
import dev.s2r.benchmarks.data.WideTable;
import dev.s2r.benchmarks.server.DataApiAnswer.Column;
import dev.s2r.benchmarks.server.DataApiAnswer.Form;
import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.http.DataApiResponseDecoder;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import dev.s2r.driver.internal.message.server.ResultSetEnd;
import dev.s2r.driver.internal.message.server.ResultSetMetadata;
import dev.s2r.driver.internal.message.server.RowMessage;
import dev.s2r.driver.internal.message.server.ServerMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.ValidationDepth;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Data API answer of the replayed workload: its {@code dataType} names, its shape as the driver's decoder reads
 * it, and the rows s2r reads from the replay server over HTTP.
 */
class DataApiAnswerTests {

    private static final DateTimeFormatter DATETIME_6 = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final int ROWS = 2000;

    /** The columns of {@code wide} as {@link DataApiAnswer#column} makes them from its JDBC metadata. */
    private static List<Column> wideColumns() {
        String[] names = {"id", "i", "d", "dec", "s", "dt", "b"};
        Form[] forms = {Form.NUMBER, Form.NUMBER, Form.NUMBER, Form.STRING, Form.STRING, Form.STRING, Form.BASE64};
        List<Column> columns = new ArrayList<>();
        for (int k = 0; k < names.length; k++) {
            columns.add(new Column(names[k], WideTable.DATA_API_TYPES.get(k), false, forms[k]));
        }
        return columns;
    }

    /** The row as the MySQL text protocol carries it: numbers and times as the server's text, bytes as bytes. */
    private static Object[] cells(WideRow row) {
        double d = row.d();
        String dText = d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        return new Object[] {Long.toString(row.id()), Integer.toString(row.i()), dText, row.dec().toPlainString(),
            row.s(), DATETIME_6.format(row.dt()), row.b()};
    }

    private static DataApiAnswer wideAnswer(int rows) {
        DataApiAnswer answer = new DataApiAnswer(wideColumns());
        for (long id = 1; id <= rows; id++) {
            answer.row(cells(WideRow.generate(id)));
        }
        assertThat(answer.rows()).isEqualTo(rows);
        answer.finish();
        return answer;
    }

    private static byte[] wideBody(int rows) {
        return wideAnswer(rows).finish();
    }

    private static Connection connect(DataApiReplayServer server) {
        return Mono.from(ConnectionFactories.get("r2dbc:singlestore:http://bench:bench@127.0.0.1:" + server.port()
            + "/bench").create()).block(Duration.ofSeconds(10));
    }

    private static WideRow wideRow(io.r2dbc.spi.Row row) {
        return new WideRow(row.get(0, Long.class), row.get(1, Integer.class), row.get(2, Double.class),
            row.get(3, BigDecimal.class), row.get(4, String.class), row.get(5, LocalDateTime.class),
            row.get(6, byte[].class));
    }

    @Test
    void dataTypesAreTheServicesNames() {
        // what mariadb-java-client reports for the columns of wide, and a few others
        assertThat(DataApiAnswer.dataType("BIGINT", false, 19, 0)).isEqualTo("BIGINT");
        assertThat(DataApiAnswer.dataType("INTEGER", false, 11, 0)).isEqualTo("INT");
        assertThat(DataApiAnswer.dataType("DOUBLE", false, 22, 31)).isEqualTo("DOUBLE");
        assertThat(DataApiAnswer.dataType("DECIMAL", false, 18, 4)).isEqualTo("DECIMAL(18,4)");
        assertThat(DataApiAnswer.dataType("VARCHAR", false, 64, 0)).isEqualTo("VARCHAR");
        assertThat(DataApiAnswer.dataType("DATETIME", false, 26, 6)).isEqualTo("DATETIME(6)");
        assertThat(DataApiAnswer.dataType("VARBINARY", false, 32, 0)).isEqualTo("VARBINARY");
        assertThat(DataApiAnswer.dataType("BIGINT UNSIGNED", false, 20, 0)).isEqualTo("UNSIGNED BIGINT");
        assertThat(DataApiAnswer.dataType("INT", true, 10, 0)).isEqualTo("UNSIGNED INT");
        assertThat(DataApiAnswer.dataType("DATETIME", false, 19, 0)).isEqualTo("DATETIME");
    }

    @Test
    void theDriversDecoderReadsTheBodyAsTheWideTablesResult() {
        byte[] body = wideBody(ROWS);
        assertThat(new String(body, 0, 40, StandardCharsets.UTF_8))
            .startsWith("{\"results\":[{\"columns\":[{\"name\":\"id\",");

        List<ServerMessage> messages = new ArrayList<>();
        DataApiResponseDecoder decoder = DataApiResponseDecoder.queryTuples();
        // chunks of odd sizes, direct and heap, so that tokens are cut at every kind of place
        int step = 997;
        for (int at = 0; at < body.length; at += step) {
            int length = Math.min(step, body.length - at);
            ByteBuf chunk = (at / step) % 2 == 0 ? Unpooled.wrappedBuffer(body, at, length)
                : Unpooled.directBuffer(length).writeBytes(body, at, length);
            try {
                decoder.feed(chunk, messages::add);
            } finally {
                chunk.release();
            }
        }
        decoder.end(messages::add);

        assertThat(messages).hasSize(ROWS + 2);
        assertThat(messages.get(0)).isInstanceOf(ResultSetMetadata.class);
        assertThat(messages.get(ROWS + 1)).isInstanceOf(ResultSetEnd.class);
        ColumnDefinition[] columns = ((ResultSetMetadata) messages.get(0)).columns();
        assertThat(Arrays.stream(columns).map(ColumnDefinition::getName))
            .containsExactly("id", "i", "d", "dec", "s", "dt", "b");
        assertThat(Arrays.stream(columns).mapToInt(ColumnDefinition::getType)).containsExactly(DataTypes.LONGLONG,
            DataTypes.LONG, DataTypes.DOUBLE, DataTypes.NEWDECIMAL, DataTypes.VAR_STRING, DataTypes.DATETIME,
            DataTypes.VAR_STRING);
        assertThat(columns).allMatch(ColumnDefinition::isNotNull);
        assertThat(columns[3].getDecimals()).isEqualTo(4);
        assertThat(columns[5].getDecimals()).isEqualTo(6);
        assertThat(columns[4].isBinaryCharset()).isFalse();
        assertThat(columns[6].isBinaryCharset()).isTrue();

        for (int k = 1; k <= ROWS; k++) {
            RowMessage row = (RowMessage) messages.get(k);
            try {
                Object[] expected = cells(WideRow.generate(k));
                List<byte[]> actual = cellsOf(row);
                assertThat(actual).hasSize(7);
                for (int c = 0; c < 6; c++) {
                    assertThat(new String(actual.get(c), StandardCharsets.UTF_8)).isEqualTo(expected[c]);
                }
                assertThat(actual.get(6)).isEqualTo(expected[6]);
            } finally {
                row.release();
            }
        }
    }

    /** The cells of a text-protocol row whose cells are all shorter than 251 bytes. */
    private static List<byte[]> cellsOf(RowMessage row) {
        ByteBuf cells = row.cells();
        List<byte[]> out = new ArrayList<>();
        for (int at = row.cellsStart(); at < row.cellsEnd(); ) {
            int length = cells.getUnsignedByte(at);
            assertThat(length).isLessThan(0xFB);
            byte[] cell = new byte[length];
            cells.getBytes(at + 1, cell);
            out.add(cell);
            at += 1 + length;
        }
        return out;
    }

    @Test
    void s2rReadsTheTableFromTheReplayServerOverHttp() {
        DataApiAnswer answer = wideAnswer(ROWS);
        byte[] body = answer.finish();
        assertThat(body.length).isGreaterThan(2 * DataApiReplayServer.SLICE);
        try (DataApiReplayServer server = DataApiReplayServer.start(WideTable.SELECT_ALL, WideTable.LOOKUP_PREFIX,
            answer)) {
            assertThat(server.bodyBytes()).isEqualTo(body.length);
            Connection connection = connect(server);
            try {
                assertThat(Mono.from(connection.validate(ValidationDepth.REMOTE)).block(Duration.ofSeconds(10)))
                    .isTrue();
                for (int pass = 0; pass < 2; pass++) {
                    Checksum checksum = new Checksum();
                    Flux.from(connection.createStatement(WideTable.SELECT_ALL).execute())
                        .concatMap(result -> result.map((row, metadata) -> wideRow(row)))
                        .doOnNext(checksum::add)
                        .then()
                        .block(Duration.ofSeconds(30));
                    assertThat(checksum.toString()).isEqualTo(Checksum.ofIds(ROWS).toString());
                }
                assertThat(server.answers()).isEqualTo(2);
                assertThatThrownBy(() -> Flux.from(connection.createStatement("SELECT 1").execute())
                    .concatMap(result -> result.map((row, metadata) -> row.get(0)))
                    .blockLast(Duration.ofSeconds(10)))
                    .isInstanceOf(R2dbcBadGrammarException.class)
                    .hasMessageContaining("answers only");
            } finally {
                Mono.from(connection.close()).block(Duration.ofSeconds(10));
            }
        }
    }

    @Test
    void eachRowOfTheAnswerIsFoundByItsNumber() {
        DataApiAnswer answer = wideAnswer(3);
        String body = new String(answer.finish(), StandardCharsets.UTF_8);
        assertThat(body.substring(0, answer.headerLength())).endsWith("\"rows\":[");
        for (int k = 0; k < 3; k++) {
            assertThat(body.substring(answer.rowStart(k), answer.rowEnd(k))).startsWith("[" + (k + 1) + ",")
                .endsWith("\"]").doesNotContain("],[");
        }
        assertThat(body.substring(answer.rowEnd(2))).isEqualTo(DataApiAnswer.FOOTER);
        assertThat(answer.firstCellsAreRowNumbers()).isTrue();
    }

    @Test
    void anAnswerWhoseFirstCellsAreNotRowNumbersIsNoLookupTable() {
        DataApiAnswer answer = new DataApiAnswer(wideColumns());
        answer.row(cells(WideRow.generate(2)));
        assertThat(answer.firstCellsAreRowNumbers()).isFalse();
    }

    @Test
    void s2rLooksUpRowsByIdOnTheReplayServerOverHttp() {
        try (DataApiReplayServer server = DataApiReplayServer.start(WideTable.SELECT_ALL, WideTable.LOOKUP_PREFIX,
            wideAnswer(ROWS))) {
            Connection connection = connect(server);
            try {
                long[] ids = {1, 977, ROWS, 2};
                Checksum checksum = new Checksum();
                for (long id : ids) {
                    List<WideRow> rows = Flux.from(connection.createStatement(WideTable.SELECT_BY_ID).bind(0, id)
                            .execute())
                        .concatMap(result -> result.map((row, metadata) -> wideRow(row)))
                        .collectList()
                        .block(Duration.ofSeconds(10));
                    assertThat(rows).hasSize(1);
                    assertThat(rows.get(0).id()).isEqualTo(id);
                    checksum.add(rows.get(0));
                }
                assertThat(checksum.toString()).isEqualTo(Checksum.ofIds(ids).toString());
                assertThat(Flux.from(connection.createStatement(WideTable.SELECT_BY_ID).bind(0, ROWS + 1L).execute())
                    .concatMap(result -> result.map((row, metadata) -> wideRow(row)))
                    .collectList()
                    .block(Duration.ofSeconds(10))).isEmpty();
                assertThat(server.lookups()).isEqualTo(ids.length + 1);
                assertThat(server.answers()).isZero();
            } finally {
                Mono.from(connection.close()).block(Duration.ofSeconds(10));
            }
        }
    }

    @Test
    void onlyDigitsAfterTheLookupPrefixMakeALookup() {
        try (DataApiReplayServer server = DataApiReplayServer.start(WideTable.SELECT_ALL, WideTable.LOOKUP_PREFIX,
            wideAnswer(1))) {
            assertThat(server.rowNumber(WideTable.LOOKUP_PREFIX + "42")).isEqualTo(42);
            assertThat(server.rowNumber(WideTable.LOOKUP_PREFIX + "(-1)")).isEqualTo(-1);
            assertThat(server.rowNumber(WideTable.LOOKUP_PREFIX + "1 OR 1=1")).isEqualTo(-1);
            assertThat(server.rowNumber(WideTable.LOOKUP_PREFIX)).isEqualTo(-1);
            assertThat(server.rowNumber(WideTable.SELECT_ALL)).isEqualTo(-1);
            assertThat(server.rowNumber(null)).isEqualTo(-1);
        }
    }

    @Test
    void theSqlOfARequestIsReadFromItsJson() {
        assertThat(DataApiReplayServer.sqlOf("{\"args\":[1,{\"a\":2}],\"sql\":\"SELECT * FROM wide\",\"database\":\"b\"}"
            .getBytes(StandardCharsets.UTF_8))).isEqualTo("SELECT * FROM wide");
        assertThat(DataApiReplayServer.sqlOf("{\"database\":\"b\"}".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(DataApiReplayServer.sqlOf("<html>".getBytes(StandardCharsets.UTF_8))).isNull();
    }
}
