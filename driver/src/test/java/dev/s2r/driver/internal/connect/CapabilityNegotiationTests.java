/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.connect;

import dev.s2r.driver.internal.client.Capabilities;
import dev.s2r.driver.internal.connect.LoginFlow;
import dev.s2r.driver.internal.options.OptionResolver;
import dev.s2r.driver.internal.options.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unit tests of {@link LoginFlow#negotiate}: the client capabilities sent for a server's greeting.
 */
final class CapabilityNegotiationTests {

    /** What MariaDB 10.11 announces in the lower 32 bits (CLIENT_MYSQL clear). */
    private static final long MARIADB_LOWER = 0xF7FEL | (0x81BFL << 16);
    /** What MySQL 8 and SingleStore announce in the lower 32 bits (CLIENT_MYSQL set). */
    private static final long MYSQL_LOWER = 0xFFFFL | (0x81BFL << 16);
    /** MariaDB's extended capabilities: progress, bulk, extended metadata, metadata cache. */
    private static final long MARIADB_EXTENDED = 0x1DL << 32;

    private static final Settings CONFIGURATION = OptionResolver.resolve(Map.of("user", "u"), name -> null);

    @Test
    void aMariaDbServerOfferingBulkOperationsGetsThemAskedFor() {
        long client = LoginFlow.negotiate(MARIADB_LOWER | MARIADB_EXTENDED, CONFIGURATION, false);

        assertThat(client & Capabilities.MARIADB_STMT_BULK_OPERATIONS).isNotZero();
    }

    @Test
    void aMariaDbServerSeesNoClientMysqlFlagSoItReadsTheExtendedCapabilities() {
        long client = LoginFlow.negotiate(MARIADB_LOWER | MARIADB_EXTENDED, CONFIGURATION, false);

        assertThat(client & Capabilities.CLIENT_MYSQL).isZero();
    }

    @Test
    void onlyBulkOperationsAndMetadataCachingOfTheExtendedCapabilitiesAreAskedFor() {
        long client = LoginFlow.negotiate(MARIADB_LOWER | MARIADB_EXTENDED, CONFIGURATION, false);

        assertThat(client >>> 32).isEqualTo((Capabilities.MARIADB_STMT_BULK_OPERATIONS
            | Capabilities.MARIADB_CACHE_METADATA) >>> 32);
    }

    @Test
    void aServerSettingClientMysqlKeepsItAndGetsNoExtendedCapabilities() {
        long client = LoginFlow.negotiate(MYSQL_LOWER, CONFIGURATION, false);

        assertThat(client & Capabilities.CLIENT_MYSQL).isNotZero();
        assertThat(client >>> 32).isZero();
    }

    @Test
    void aMariaDbServerWithoutBulkOperationsDoesNotGetThemAskedFor() {
        long client = LoginFlow.negotiate(MARIADB_LOWER | (0x19L << 32), CONFIGURATION, false);

        assertThat(client & Capabilities.MARIADB_STMT_BULK_OPERATIONS).isZero();
    }
}
