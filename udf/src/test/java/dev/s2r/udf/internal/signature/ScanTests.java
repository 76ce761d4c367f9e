/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.signature;

import dev.s2r.udf.api.Arg;
import dev.s2r.udf.api.Udf;
import dev.s2r.udf.internal.function.FunctionSpec;
import org.junit.jupiter.api.Test;

import static dev.s2r.udf.internal.signature.Batches.call;
import static dev.s2r.udf.internal.signature.Batches.list;
import static dev.s2r.udf.internal.signature.Batches.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which methods {@link Signatures#scan} reads, and the names of parameters. */
class ScanTests {

    /** Static functions only. */
    public static final class Statics {
        @Udf public static long second(long v) { return v; }
        @Udf public static long first(@Arg(name = "value") long v) { return v; }
        public static long notAFunction(long v) { return v; }
    }

    /** Instance and static functions. */
    public static final class Stateful {
        private final long offset;

        Stateful(long offset) {
            this.offset = offset;
        }

        @Udf public long shift(long v) { return v + this.offset; }
        @Udf public static long identity(long v) { return v; }
    }

    /** Two functions with one name. */
    public static final class Clash {
        @Udf(name = "f") public static long one(long v) { return v; }
        @Udf(name = "F") public static long two(long v) { return v; }
    }

    /** A function that is not public. */
    public static final class Hidden {
        @Udf static long hidden(long v) { return v; }
    }

    /** Two parameters with one SQL name. */
    public static final class SameNames {
        @Udf public static long twice(@Arg(name = "x") long a, @Arg(name = "X") long b) { return a; }
    }

    @Test
    void classYieldsItsStaticFunctionsOrderedByName() {
        assertThat(Signatures.scan(Statics.class)).extracting(FunctionSpec::name).containsExactly("first", "second");
    }

    @Test
    void instanceYieldsItsInstanceFunctionsBoundToItAndItsStaticOnes() {
        var specs = Signatures.scan(new Stateful(100));

        assertThat(specs).extracting(FunctionSpec::name).containsExactly("identity", "shift");
        assertThat(call(specs.get(1), row(1, 5L))).containsExactly(list(1L, 105L));
    }

    @Test
    void classWithInstanceFunctionsIsRefused() {
        assertThatThrownBy(() -> Signatures.scan(Stateful.class))
            .hasMessageContaining("Stateful.shift is an instance method");
    }

    @Test
    void instanceMethodWithoutTargetIsRefused() {
        assertThatThrownBy(() -> Signatures.of(Fixtures.method(Stateful.class, "shift"), null))
            .hasMessageContaining("Stateful.shift is an instance method");
    }

    @Test
    void twoFunctionsWithOneNameAreRefused() {
        assertThatThrownBy(() -> Signatures.scan(Clash.class)).hasMessageContaining("another function is also named");
    }

    @Test
    void nonPublicFunctionIsRefused() {
        assertThatThrownBy(() -> Signatures.scan(Hidden.class)).hasMessageContaining("Hidden.hidden must be public");
    }

    @Test
    void argNameNamesTheParameter() {
        assertThat(Signatures.scan(Statics.class).get(0).args().get(0).name()).isEqualTo("value");
    }

    @Test
    void withoutArgNameOrCompiledParameterNamesParametersAreArgN() throws Exception {
        boolean compiledWithNames = Statics.class.getMethod("second", long.class).getParameters()[0].isNamePresent();

        assertThat(Signatures.scan(Statics.class).get(1).args().get(0).name())
            .isEqualTo(compiledWithNames ? "v" : "arg0");
    }

    @Test
    void twoParametersWithOneNameAreRefused() {
        assertThatThrownBy(() -> Signatures.scan(SameNames.class))
            .hasMessageContaining("SameNames.twice, parameter X: another parameter has the same name");
    }
}
