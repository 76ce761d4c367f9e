/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.client;

import dev.s2r.benchmarks.data.WideRow;
import org.apache.arrow.adapter.jdbc.JdbcFieldInfo;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Iterator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArrowJdbcClientTests {

    @Test
    void microsecondsOfEveryGeneratedRowHashAsItsDateTime() {
        for (long id = 1; id <= 200_000; id += 997) {
            LocalDateTime dt = WideRow.generate(id).dt();
            assertThat(WideBatchHash.dateTimeHash(ArrowJdbcClient.micros(dt))).as("id %d", id).isEqualTo(dt.hashCode());
        }
    }

    @Test
    void microsecondsKeepTheFractionBelowAMillisecond() {
        LocalDateTime dt = LocalDateTime.of(2020, 1, 1, 0, 0, 1, 234_567_000);

        assertThat(ArrowJdbcClient.micros(dt)).isEqualTo(1_577_836_801_234_567L);
    }

    @Test
    void timestampsMapToMicrosecondsWithoutZone() {
        assertThat(ArrowJdbcClient.arrowType(new JdbcFieldInfo(Types.TIMESTAMP, 26, 6)))
            .isEqualTo(new ArrowType.Timestamp(TimeUnit.MICROSECOND, null));
    }

    @Test
    void otherTypesKeepTheAdaptersMapping() {
        assertThat(ArrowJdbcClient.arrowType(new JdbcFieldInfo(Types.DECIMAL, 18, 4)))
            .isEqualTo(new ArrowType.Decimal(18, 4, 128));
        assertThat(ArrowJdbcClient.arrowType(new JdbcFieldInfo(Types.DOUBLE)))
            .isEqualTo(new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE));
    }

    @Test
    void theMicrosConsumerFillsEachBatchFromRowZeroAndLeavesNullsUnset() throws Exception {
        LocalDateTime first = LocalDateTime.of(2020, 1, 1, 0, 0, 1, 234_567_000);
        LocalDateTime second = LocalDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_000);
        try (RootAllocator allocator = new RootAllocator();
             TimeStampMicroVector vector = new TimeStampMicroVector("dt", allocator)) {
            vector.allocateNew(4);
            ArrowJdbcClient.MicrosConsumer consumer = new ArrowJdbcClient.MicrosConsumer(vector, 1, true);
            ResultSet rows = dateTimes(first, null, second);
            consumer.consume(rows);
            consumer.consume(rows);
            vector.setValueCount(2);
            assertThat(vector.get(0)).isEqualTo(1_577_836_801_234_567L);
            assertThat(vector.isNull(1)).isTrue();

            vector.reset();
            consumer.resetValueVector(vector);
            consumer.consume(rows);
            vector.setValueCount(1);
            assertThat(vector.get(0)).isEqualTo(-1L);
        }
    }

    @Test
    void theMicrosConsumerRefusesANullInANonNullableColumn() {
        try (RootAllocator allocator = new RootAllocator();
             TimeStampMicroVector vector = new TimeStampMicroVector("dt", allocator)) {
            vector.allocateNew(1);
            ArrowJdbcClient.MicrosConsumer consumer = new ArrowJdbcClient.MicrosConsumer(vector, 6, false);

            assertThatThrownBy(() -> consumer.consume(dateTimes((LocalDateTime) null)))
                .isInstanceOf(SQLException.class).hasMessageContaining("column 6");
        }
    }

    /** A result set of one DATETIME column, read through {@code getObject(i, LocalDateTime.class)} row by row. */
    private static ResultSet dateTimes(LocalDateTime... values) {
        Iterator<LocalDateTime> next = Arrays.asList(values).iterator();
        return (ResultSet) Proxy.newProxyInstance(ResultSet.class.getClassLoader(), new Class<?>[] {ResultSet.class},
            (proxy, method, args) -> {
                if (method.getName().equals("getObject") && args.length == 2 && args[1] == LocalDateTime.class) {
                    return next.next();
                }
                throw new UnsupportedOperationException(method.getName());
            });
    }
}
