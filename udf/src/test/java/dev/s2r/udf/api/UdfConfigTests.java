/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.api;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UdfConfigTests {

    @Test
    void anUnsetOptionReadsAsItsDefault() {
        UdfConfig config = UdfConfig.defaults();

        assertThat(config.get(UdfOptions.PORT)).isEqualTo(8000);
        assertThat(config.get(UdfOptions.TIMEOUT)).isEqualTo(Duration.ofSeconds(86_400));
        assertThat(config.get(UdfOptions.DATA_FORMAT)).isEqualTo(DataFormat.ROWDAT_1);
        assertThat(config.get(UdfOptions.URL)).isNull();
    }

    @Test
    void environmentVariablesAreDerivedFromTheName() {
        assertThat(UdfOptions.LINK_CREDENTIALS.environmentVariable())
            .isEqualTo("SINGLESTOREDB_EXT_FUNC_LINK_CREDENTIALS");
    }

    @Test
    void theEnvironmentSetsOptionsThroughTheirParsers() {
        UdfConfig config = UdfConfig.builder()
            .environment(Map.of("SINGLESTOREDB_EXT_FUNC_PORT", "9001", "SINGLESTOREDB_EXT_FUNC_DATA_FORMAT", "json",
                "SINGLESTOREDB_EXT_FUNC_TIMEOUT", "2.5", "SINGLESTOREDB_EXT_FUNC_REPLACE_EXISTING", "true"))
            .build();

        assertThat(config.get(UdfOptions.PORT)).isEqualTo(9001);
        assertThat(config.get(UdfOptions.DATA_FORMAT)).isEqualTo(DataFormat.JSON);
        assertThat(config.get(UdfOptions.TIMEOUT)).isEqualTo(Duration.ofMillis(2500));
        assertThat(config.get(UdfOptions.REPLACE_EXISTING)).isTrue();
    }

    @Test
    void flagsFollowThePythonServersCommandLine() {
        assertThat(UdfOptions.DATA_FORMAT.flag()).isEqualTo("--data-format");
        assertThat(UdfOptions.CONNECTION.flag()).isEqualTo("--db");
        assertThat(UdfOptions.SOCKET_PATH.flag()).isEqualTo("--collocated");
    }

    @Test
    void aTimeoutUnderOneSecondIsRefusedNamingTheFlag() {
        assertThatIllegalArgumentException().isThrownBy(() -> UdfOptions.TIMEOUT.parse("0.5"))
            .withMessageContaining("--timeout").withMessageContaining("at least 1 second");
    }

    @Test
    void arrowIsNotAFormatTheDdlCanDeclare() {
        assertThatIllegalArgumentException().isThrownBy(() -> UdfOptions.DATA_FORMAT.parse("arrow"))
            .withMessageContaining("rowdat_1 or json");
    }

    @Test
    void anInvalidValueIsQuotedInTheMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> UdfOptions.MAX_BODY_SIZE.parse("many"))
            .withMessageContaining("'many'");
    }

    @Test
    void secretsNeverAppearInToString() {
        UdfConfig config = UdfConfig.builder().set(UdfOptions.AUTH_TOKEN, "s3cr3t-token")
            .set(UdfOptions.LINK_CREDENTIALS, "{\"password\":\"hunter2\"}").set(UdfOptions.PORT, 1234).build();

        assertThat(config.toString()).doesNotContain("s3cr3t-token").doesNotContain("hunter2")
            .contains("port=1234").contains("auth_token=***");
    }

    @Test
    void everyOptionIsListedOnce() {
        assertThat(UdfOptions.all()).doesNotHaveDuplicates().contains(UdfOptions.URL, UdfOptions.AUTH_TOKEN);
        assertThat(UdfOptions.all().stream().map(UdfOption::flag)).doesNotHaveDuplicates();
    }
}
