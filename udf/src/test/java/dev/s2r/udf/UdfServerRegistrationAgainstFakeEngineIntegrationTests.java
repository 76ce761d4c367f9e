/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf;

import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.internal.ddl.FakeSingleStoreConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link UdfServer#register} and {@link UdfServer#unregister} of a running server against
 * {@link FakeSingleStoreConnectionFactory}, a fake of the engine behind the R2DBC SPI that answers SHOW FUNCTIONS and
 * SHOW CREATE FUNCTION as singlestore-server.md §3.1 and python-sdk-services.md §2.4 describe: not a real engine.
 */
class UdfServerRegistrationAgainstFakeEngineIntegrationTests {

    private static final String ELSEWHERE = "CREATE EXTERNAL FUNCTION `other`(`x` bigint(20) NOT NULL) RETURNS"
        + " bigint(20) NOT NULL AS REMOTE SERVICE 'http://10.9.9.9:8000/invoke' FORMAT ROWDAT_1";

    private final EndToEnd e2e = new EndToEnd(UdfConfig.builder());

    @AfterEach
    void stop() {
        this.e2e.close();
    }

    private String url() {
        return "http://127.0.0.1:" + this.e2e.server.port() + "/invoke";
    }

    @Test
    void registerCreatesEveryFunctionWithTheServersUrl() {
        FakeSingleStoreConnectionFactory engine = new FakeSingleStoreConnectionFactory();

        StepVerifier.create(this.e2e.server.register(engine, false)).verifyComplete();

        assertThat(this.e2e.server.url()).isEqualTo(url());
        assertThat(engine.statements()).hasSize(this.e2e.server.specs().size())
            .contains("CREATE EXTERNAL FUNCTION `add`(`a` BIGINT NOT NULL, `b` BIGINT NOT NULL) RETURNS BIGINT NOT NULL"
                + " AS REMOTE SERVICE \"" + url() + "\" FORMAT ROWDAT_1")
            .allSatisfy(statement -> assertThat(statement).startsWith("CREATE EXTERNAL FUNCTION `")
                .endsWith(" AS REMOTE SERVICE \"" + url() + "\" FORMAT ROWDAT_1"));
        assertThat(engine.functionNames()).containsExactlyInAnyOrder("add", "upper", "coalesce", "everything",
            "scale", "split", "countdown", "repeat", "square");
    }

    @Test
    void unregisterDropsOnlyThisServersFunctions() {
        FakeSingleStoreConnectionFactory engine = new FakeSingleStoreConnectionFactory()
            .withExternalFunction("other", ELSEWHERE);
        StepVerifier.create(this.e2e.server.register(engine, false)).verifyComplete();
        int registered = engine.statements().size();

        StepVerifier.create(this.e2e.server.unregister(engine)).verifyComplete();

        assertThat(engine.functionNames()).containsExactly("other");
        List<String> unregistering = engine.statements().subList(registered, engine.statements().size());
        assertThat(unregistering).filteredOn(statement -> statement.startsWith("DROP "))
            .hasSize(this.e2e.server.specs().size())
            .doesNotContain("DROP FUNCTION IF EXISTS `other`")
            .contains("DROP FUNCTION IF EXISTS `add`");
    }

    @Test
    void registerWithReplaceDropsThisServersEarlierFunctionsFirst() {
        FakeSingleStoreConnectionFactory engine = new FakeSingleStoreConnectionFactory()
            .withExternalFunction("other", ELSEWHERE)
            .withExternalFunction("gone", ELSEWHERE.replace("`other`", "`gone`")
                .replace("http://10.9.9.9:8000/invoke", url()));

        StepVerifier.create(this.e2e.server.register(engine, true)).verifyComplete();

        assertThat(engine.statements()).contains("DROP FUNCTION IF EXISTS `gone`")
            .doesNotContain("DROP FUNCTION IF EXISTS `other`");
        assertThat(engine.statements()).filteredOn(statement -> statement.startsWith("CREATE "))
            .allSatisfy(statement -> assertThat(statement).startsWith("CREATE OR REPLACE EXTERNAL FUNCTION"));
        assertThat(engine.functionNames()).contains("other", "add").doesNotContain("gone");
    }
}
