/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.client;

import dev.s2r.benchmarks.data.Checksum;
import dev.s2r.benchmarks.data.WideTable;
import org.apache.arrow.adapter.jdbc.ArrowVectorIterator;
import org.apache.arrow.adapter.jdbc.JdbcFieldInfo;
import org.apache.arrow.adapter.jdbc.JdbcToArrow;
import org.apache.arrow.adapter.jdbc.JdbcToArrowConfig;
import org.apache.arrow.adapter.jdbc.JdbcToArrowConfigBuilder;
import org.apache.arrow.adapter.jdbc.JdbcToArrowUtils;
import org.apache.arrow.adapter.jdbc.consumer.JdbcConsumer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Apache Arrow's own JDBC adapter ({@code arrow-jdbc}'s {@link JdbcToArrow}) over mariadb-java-client: the full scan
 * streamed with a fetch size of {@value ArrowClient#BATCH_ROWS} and read as Arrow batches of the same size as
 * {@link ArrowClient}'s, one reused {@code VectorSchemaRoot}, folded column by column by the same
 * {@link WideBatchHash}.
 *
 * <p>The adapter maps a JDBC {@code TIMESTAMP} to milliseconds, which would drop the microseconds of
 * {@code DATETIME(6)}; it is configured through its own extension points (a type converter and a consumer factory)
 * to fill a microsecond vector from {@code getObject(i, LocalDateTime.class)}, so that both participants carry the
 * same values. Every other column goes through the adapter's default mapping and consumers.
 */
final class ArrowJdbcClient implements BenchClient {

    private final Connection connection;
    private final BufferAllocator allocator = new RootAllocator();
    private final JdbcToArrowConfig config;

    ArrowJdbcClient(String url, String user, String password) throws SQLException {
        this.connection = DriverManager.getConnection(url, user, password);
        this.config = new JdbcToArrowConfigBuilder(allocator, null)
            .setTargetBatchSize(ArrowClient.BATCH_ROWS)
            .setReuseVectorSchemaRoot(true)
            .setJdbcToArrowTypeConverter(ArrowJdbcClient::arrowType)
            .setJdbcConsumerGetter(ArrowJdbcClient::consumer)
            .build();
    }

    @Override
    public Checksum stream() throws Exception {
        Checksum checksum = new Checksum();
        WideBatchHash hash = new WideBatchHash();
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(ArrowClient.BATCH_ROWS);
            try (ResultSet rs = statement.executeQuery(WideTable.SELECT_ALL);
                 ArrowVectorIterator batches = JdbcToArrow.sqlToArrowVectorIterator(rs, config)) {
                while (batches.hasNext()) {
                    hash.fold(batches.next(), checksum);
                }
            }
        }
        return checksum;
    }

    /** The adapter's default mapping, except {@code TIMESTAMP}: microseconds without a time zone, as DATETIME(6). */
    static ArrowType arrowType(JdbcFieldInfo field) {
        if (field.getJdbcType() == Types.TIMESTAMP) {
            return new ArrowType.Timestamp(TimeUnit.MICROSECOND, null);
        }
        return JdbcToArrowUtils.getArrowTypeFromJdbcType(field, null);
    }

    private static JdbcConsumer<?> consumer(ArrowType type, int column, boolean nullable, FieldVector vector,
        JdbcToArrowConfig config) {
        if (vector instanceof TimeStampMicroVector micros) {
            return new MicrosConsumer(micros, column, nullable);
        }
        return JdbcToArrowUtils.getConsumer(type, column, nullable, vector, config);
    }

    /**
     * @param dateTime a DATETIME value
     * @return its microseconds since 1970-01-01T00:00, the value of an Arrow {@code Timestamp(MICROSECOND)} vector
     */
    static long micros(LocalDateTime dateTime) {
        return dateTime.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + dateTime.getNano() / 1_000;
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.close();
        } finally {
            allocator.close();
        }
    }

    /**
     * Fills a microsecond timestamp vector, one row per {@link #consume}, as the adapter's own consumers do: into a
     * vector the adapter has sized for the batch ({@code set}), a NULL left unset.
     */
    static final class MicrosConsumer implements JdbcConsumer<TimeStampMicroVector> {

        private final int column;
        private final boolean nullable;
        private TimeStampMicroVector vector;
        private int row;

        MicrosConsumer(TimeStampMicroVector vector, int column, boolean nullable) {
            this.vector = vector;
            this.column = column;
            this.nullable = nullable;
        }

        @Override
        public void consume(ResultSet rs) throws SQLException {
            LocalDateTime value = rs.getObject(column, LocalDateTime.class);
            if (value != null) {
                vector.set(row, micros(value));
            } else if (!nullable) {
                throw new SQLException("NULL in the non-nullable column " + column);
            }
            row++;
        }

        @Override
        public void resetValueVector(TimeStampMicroVector vector) {
            this.vector = vector;
            this.row = 0;
        }

        @Override
        public void close() {
            vector.close();
        }
    }
}
