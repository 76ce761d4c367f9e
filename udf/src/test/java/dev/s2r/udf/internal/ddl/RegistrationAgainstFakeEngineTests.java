/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.ddl;

import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import io.r2dbc.spi.R2dbcException;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration against {@link FakeSingleStoreConnectionFactory}, a fake of the engine behind the R2DBC SPI (embedded
 * databases cannot run CREATE EXTERNAL FUNCTION); the answers follow singlestore-server.md §3.1 and
 * python-sdk-services.md §2.4.
 */
class RegistrationAgainstFakeEngineTests {

    private static final String URL = "http://10.0.0.5:8000/invoke";
    private static final String SECRET = "{\"headers\":{\"Authorization\":\"Bearer s3cr3t\"}}";

    private static String shownPointingAt(String name, String url) {
        return "CREATE EXTERNAL FUNCTION `" + name + "`(`x` bigint(20) NOT NULL) RETURNS bigint(20) NOT NULL "
            + "AS REMOTE SERVICE '" + url + "' FORMAT ROWDAT_1";
    }

    @Test
    void registerCreatesEachFunctionOnOneConnectionAndClosesIt() {
        FakeSingleStoreConnectionFactory engine = new FakeSingleStoreConnectionFactory();

        StepVerifier.create(Registration.register(engine, List.of(Functions.add(), Functions.greet()),
            UdfConfig.defaults(), URL, false)).verifyComplete();

        assertThat(engine.statements()).containsExactly(
            CreateFunctionDdl.of(UdfConfig.defaults(), URL).create(Functions.add(), false),
            CreateFunctionDdl.of(UdfConfig.defaults(), URL).create(Functions.greet(), false));
        assertThat(engine.functionNames()).containsExactlyInAnyOrder("add", "greet");
        assertThat(engine.opened()).isEqualTo(1);
        assertThat(engine.closed()).isEqualTo(1);
    }

    @Test
    void replaceDropsOnlyTheExternalFunctionsPointingAtThisServerThenCreatesOrReplace() {
        FakeSingleStoreConnectionFactory engine = new FakeSingleStoreConnectionFactory()
            .withExternalFunction("old_fn", shownPointingAt("old_fn", URL))
            .withExternalFunction("elsewhere", shownPointingAt("elsewhere", "http://10.0.0.6:8000/invoke"))
            .withExternalFunction("longer", shownPointingAt("longer", URL + "2"))
            .withPsqlFunction("plain");

        StepVerifier.create(Registration.register(engine, List.of(Functions.greet()), UdfConfig.defaults(), URL,
            true)).verifyComplete();

        assertThat(engine.statements()).containsExactly("SHOW FUNCTIONS", "SHOW CREATE FUNCTION `old_fn`",
            "SHOW CREATE FUNCTION `elsewhere`", "SHOW CREATE FUNCTION `longer`", "DROP FUNCTION IF EXISTS `old_fn`",
            CreateFunctionDdl.of(UdfConfig.defaults(), URL).create(Functions.greet(), true));
        assertThat(engine.functionNames()).containsExactlyInAnyOrder("elsewhere", "longer", "plain", "greet");
    }

    @Test
    void theFunctionDatabaseQualifiesEveryStatement() {
        UdfConfig config = UdfConfig.builder().set(UdfOptions.FUNCTION_DATABASE, "fdb").build();
        FakeSingleStoreConnectionFactory engine = new FakeSingleStoreConnectionFactory()
            .withExternalFunction("old_fn", shownPointingAt("old_fn", URL));

        StepVerifier.create(Registration.unregister(engine, URL, config)).verifyComplete();

        assertThat(engine.statements()).containsExactly("SHOW FUNCTIONS IN `fdb`",
            "SHOW CREATE FUNCTION `fdb`.`old_fn`", "DROP FUNCTION IF EXISTS `fdb`.`old_fn`");
    }

    @Test
    void aConfiguredLinkIsCreatedBeforeTheFunctionsThatUseIt() {
        UdfConfig config = UdfConfig.builder().set(UdfOptions.LINK_NAME, "api_link")
            .set(UdfOptions.LINK_CREDENTIALS, SECRET).build();
        FakeSingleStoreConnectionFactory engine = new FakeSingleStoreConnectionFactory();

        StepVerifier.create(Registration.register(engine, List.of(Functions.greet()), config, URL, false))
            .verifyComplete();

        assertThat(engine.statements()).hasSize(2);
        assertThat(engine.statements().get(0)).startsWith("CREATE LINK `api_link` AS HTTP CREDENTIALS '{");
        assertThat(engine.statements().get(1)).endsWith(" LINK `api_link`");
        assertThat(engine.links()).containsExactly("api_link");
    }

    @Test
    void aFailedCreateLinkReportsNeitherTheStatementNorTheCredentialsAndClosesTheConnection() {
        UdfConfig config = UdfConfig.builder().set(UdfOptions.LINK_CREDENTIALS, SECRET).build();
        FakeSingleStoreConnectionFactory engine = new FakeSingleStoreConnectionFactory().failing("CREATE LINK");

        StepVerifier.create(Registration.register(engine, List.of(Functions.greet()), config, URL, false))
            .verifyErrorSatisfies(error -> {
                assertThat(error).isInstanceOf(R2dbcException.class).hasNoCause()
                    .hasMessageContaining("1064").hasMessageNotContaining("s3cr3t");
                assertThat(((R2dbcException) error).getSql()).isNull();
            });
        assertThat(engine.functionNames()).isEmpty();
        assertThat(engine.closed()).isEqualTo(1);
    }

    @Test
    void aFailedCreateFailsRegistrationAndStillClosesTheConnection() {
        FakeSingleStoreConnectionFactory engine = new FakeSingleStoreConnectionFactory()
            .withExternalFunction("greet", shownPointingAt("greet", URL));

        StepVerifier.create(Registration.register(engine, List.of(Functions.greet()), UdfConfig.defaults(), URL,
            false)).verifyErrorMatches(error -> error.getMessage().contains("already exists"));
        assertThat(engine.opened()).isEqualTo(1);
        assertThat(engine.closed()).isEqualTo(1);
    }

    @Test
    void unregisterDropsThisServersFunctionsAndTheGeneratedLinkTheyUsed() {
        UdfConfig config = UdfConfig.builder().set(UdfOptions.LINK_CREDENTIALS, SECRET).build();
        FakeSingleStoreConnectionFactory engine = new FakeSingleStoreConnectionFactory().withLink("kept_link")
            .withExternalFunction("elsewhere", shownPointingAt("elsewhere", "http://10.0.0.6:8000/invoke")
                + " LINK kept_link");
        StepVerifier.create(Registration.register(engine, List.of(Functions.add(), Functions.greet()), config, URL,
            false)).verifyComplete();
        String generated = LinkDdl.of(config, URL).orElseThrow().name();

        StepVerifier.create(Registration.unregister(engine, URL, config)).verifyComplete();

        assertThat(engine.functionNames()).containsExactly("elsewhere");
        assertThat(engine.links()).containsExactly("kept_link");
        assertThat(engine.statements()).endsWith("DROP FUNCTION IF EXISTS `add`", "DROP FUNCTION IF EXISTS `greet`",
            "DROP LINK `" + generated + "`");
        assertThat(engine.opened()).isEqualTo(engine.closed()).isEqualTo(2);
    }

    @Test
    void anEndpointIsRecognisedInSingleOrDoubleQuotesButNotAsAPrefix() {
        assertThat(Registration.pointsAt("... AS REMOTE SERVICE 'http://h:1/invoke' FORMAT JSON", "http://h:1/invoke"))
            .isTrue();
        assertThat(Registration.pointsAt("... as collocated service \"/tmp/s\" format rowdat_1", "/tmp/s")).isTrue();
        assertThat(Registration.pointsAt("... AS REMOTE SERVICE 'http://h:1/invoke2' FORMAT JSON",
            "http://h:1/invoke")).isFalse();
    }
}
