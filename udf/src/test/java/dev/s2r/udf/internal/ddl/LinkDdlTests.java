/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.ddl;

import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Expected statements written by hand from python-sdk-audit.md "External functions" (b). */
class LinkDdlTests {

    private static final String URL = "http://10.0.0.5:8000/invoke";
    private static final String SECRET = "{\"headers\":{\"Authorization\":\"Bearer s3cr3t\"}}";

    @Test
    void noLinkIsConfiguredByDefault() {
        assertThat(LinkDdl.of(UdfConfig.defaults(), URL)).isEmpty();
    }

    @Test
    void aNameAloneIsReferencedNotCreated() {
        LinkDdl link = LinkDdl.of(UdfConfig.builder().set(UdfOptions.LINK_NAME, "ext_link").build(), URL)
            .orElseThrow();

        assertThat(link.name()).isEqualTo("ext_link");
        assertThat(link.creates()).isFalse();
        assertThatIllegalStateException().isThrownBy(link::createStatement);
    }

    @Test
    void credentialsAreAlwaysWrittenEvenWhenOnlyAConfigIsGiven() {
        UdfConfig config = UdfConfig.builder().set(UdfOptions.LINK_NAME, "l1")
            .set(UdfOptions.LINK_CONFIG, "{\"timeout\": 5}").build();

        assertThat(LinkDdl.of(config, URL).orElseThrow().createStatement())
            .isEqualTo("CREATE LINK `l1` AS HTTP CREDENTIALS '{}' CONFIG '{\"timeout\": 5}'");
    }

    @Test
    void quotesAndBackslashesInTheJsonAreEscaped() {
        UdfConfig config = UdfConfig.builder().set(UdfOptions.LINK_NAME, "l1")
            .set(UdfOptions.LINK_CREDENTIALS, "{\"pw\": \"it's a \\\\ b\"}").build();

        assertThat(LinkDdl.of(config, URL).orElseThrow().createStatement())
            .isEqualTo("CREATE LINK `l1` AS HTTP CREDENTIALS '{\"pw\": \"it\\'s a \\\\\\\\ b\"}'");
    }

    @Test
    void withoutANameOneIsGeneratedFromTheEndpointAndRecognisedAsGenerated() {
        UdfConfig config = UdfConfig.builder().set(UdfOptions.LINK_CREDENTIALS, SECRET).build();

        LinkDdl first = LinkDdl.of(config, URL).orElseThrow();
        LinkDdl again = LinkDdl.of(config, URL).orElseThrow();
        LinkDdl elsewhere = LinkDdl.of(config, "http://10.0.0.6:8000/invoke").orElseThrow();

        assertThat(first.name()).matches("s2r_udf_link_[0-9a-f]{16}").isEqualTo(again.name())
            .isNotEqualTo(elsewhere.name());
        assertThat(LinkDdl.isGenerated(first.name())).isTrue();
        assertThat(LinkDdl.isGenerated("s2r_udf_link_mine")).isFalse();
    }

    @Test
    void aNameOutsideWordCharactersIsRefused() {
        UdfConfig config = UdfConfig.builder().set(UdfOptions.LINK_NAME, "bad-name").build();

        assertThatIllegalArgumentException().isThrownBy(() -> LinkDdl.of(config, URL))
            .withMessageContaining("^[\\w_]+$");
    }

    @Test
    void credentialsThatAreNotJsonAreRefusedWithoutBeingQuoted() {
        UdfConfig config = UdfConfig.builder().set(UdfOptions.LINK_CREDENTIALS, "{password: s3cr3t").build();

        assertThatIllegalArgumentException().isThrownBy(() -> LinkDdl.of(config, URL))
            .withMessage("--link-credentials is not a JSON object").withNoCause();
    }

    @Test
    void toStringLeavesTheCredentialsOut() {
        UdfConfig config = UdfConfig.builder().set(UdfOptions.LINK_CREDENTIALS, SECRET).build();

        assertThat(LinkDdl.of(config, URL).orElseThrow().toString()).doesNotContain("s3cr3t");
    }

    @Test
    void collocatedModeHasNoLink() {
        UdfConfig config = UdfConfig.builder().set(UdfOptions.SOCKET_PATH, "/tmp/s")
            .set(UdfOptions.LINK_CREDENTIALS, SECRET).build();

        assertThat(LinkDdl.of(config, "/tmp/s")).isEmpty();
    }
}
