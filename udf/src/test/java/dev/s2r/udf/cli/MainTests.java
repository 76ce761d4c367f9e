/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.cli;

import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MainTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> environment, String... args) {
        return Main.run(List.of(args), environment, new PrintStream(this.out, true, StandardCharsets.UTF_8),
            new PrintStream(this.err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpPrintsTheUsageAndExitsZero() {
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(this.out.toString(StandardCharsets.UTF_8)).isEqualTo(CommandLine.usage());
    }

    @Test
    void anUnknownFlagExitsTwoWithAClearError() {
        assertThat(run(Map.of(), "--nope", "A")).isEqualTo(Main.USAGE);
        assertThat(this.err.toString(StandardCharsets.UTF_8))
            .startsWith("error: unknown option --nope").contains("--help");
        assertThat(this.out.size()).isZero();
    }

    @Test
    void aMissingFunctionClassExitsTwo() {
        assertThat(run(Map.of(), "com.example.NoSuchFunctions")).isEqualTo(Main.USAGE);
        assertThat(this.err.toString(StandardCharsets.UTF_8))
            .contains("function class com.example.NoSuchFunctions is not on the class path");
    }

    @Test
    void aMalformedConnectionUrlExitsTwoWithoutQuotingIt() {
        assertThat(run(Map.of(), "--db", "mysql://user:s3cr3t@host:notaport/db", StaticFunctions.class.getName()))
            .isEqualTo(Main.USAGE);
        assertThat(this.err.toString(StandardCharsets.UTF_8)).startsWith("error: ").contains("port")
            .doesNotContain("s3cr3t");
    }

    @Test
    void aClassWithOnlyStaticFunctionsIsPassedAsTheClass() {
        assertThat(Main.load(List.of(StaticFunctions.class.getName()))).containsExactly(StaticFunctions.class);
    }

    @Test
    void aClassWithInstanceFunctionsIsInstantiated() {
        assertThat(Main.load(List.of(InstanceFunctions.class.getName()))).singleElement()
            .isInstanceOf(InstanceFunctions.class);
    }

    @Test
    void aClassWithInstanceFunctionsButNoNoArgConstructorIsRefused() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> Main.load(List.of(NoDefaultConstructor.class.getName())))
            .withMessageContaining("no-arg constructor");
    }

    @Test
    void registrationConnectsWithDbElseSingleStoreDbUrlElseNotAtAll() {
        UdfConfig withDb = UdfConfig.builder().set(UdfOptions.CONNECTION, "singlestoredb://u:p@db-host:3306/x")
            .build();

        assertThat(Main.connections(withDb, Map.of())).isNotNull();
        assertThat(Main.connections(UdfConfig.defaults(), Map.of("SINGLESTOREDB_URL", "u:p@h:3306/d"))).isNotNull();
        assertThat(Main.connections(UdfConfig.defaults(), Map.of())).isNull();
    }

    /** Stands for the {@code @Udf} annotation, which is recognised by its simple name. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @interface Udf {
    }

    public static final class StaticFunctions {
        @Udf
        public static long twice(long x) {
            return 2 * x;
        }
    }

    public static final class InstanceFunctions {
        @Udf
        public long twice(long x) {
            return 2 * x;
        }
    }

    public static final class NoDefaultConstructor {
        private final long factor;

        public NoDefaultConstructor(long factor) {
            this.factor = factor;
        }

        @Udf
        public long times(long x) {
            return this.factor * x;
        }
    }
}
