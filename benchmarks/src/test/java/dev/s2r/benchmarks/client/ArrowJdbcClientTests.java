/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.client;

import dev.s2r.benchmarks.data.WideRow;
import org.apache.arrow.adapter.jdbc.JdbcFieldInfo;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.junit.jupiter.api.Test;

import java.sql.Types;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

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
}
