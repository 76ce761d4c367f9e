/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.cli;

import dev.s2r.udf.api.DataFormat;
import dev.s2r.udf.api.UdfOption;
import dev.s2r.udf.api.UdfOptions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineTests {

    private static CommandLine.Parsed parse(Map<String, String> environment, String... args) throws Exception {
        return CommandLine.parse(List.of(args), environment);
    }

    @Test
    void flagsAreParsedByTheirOptionsParsers() throws Exception {
        CommandLine.Parsed parsed = parse(Map.of(), "--port", "9001", "--data-format=json", "--timeout", "2.5",
            "--name-prefix", "p_", "com.example.Functions");

        assertThat(parsed.config().get(UdfOptions.PORT)).isEqualTo(9001);
        assertThat(parsed.config().get(UdfOptions.DATA_FORMAT)).isEqualTo(DataFormat.JSON);
        assertThat(parsed.config().get(UdfOptions.TIMEOUT)).isEqualTo(Duration.ofMillis(2500));
        assertThat(parsed.config().get(UdfOptions.NAME_PREFIX)).isEqualTo("p_");
        assertThat(parsed.functionClasses()).containsExactly("com.example.Functions");
    }

    @Test
    void flagsWinOverTheEnvironment() throws Exception {
        CommandLine.Parsed parsed = parse(Map.of("SINGLESTOREDB_EXT_FUNC_PORT", "7000",
            "SINGLESTOREDB_EXT_FUNC_HOST", "0.0.0.0"), "--port", "9001", "A");

        assertThat(parsed.config().get(UdfOptions.PORT)).isEqualTo(9001);
        assertThat(parsed.config().get(UdfOptions.HOST)).isEqualTo("0.0.0.0");
    }

    @Test
    void aBooleanOptionIsSetByItsFlagAlone() throws Exception {
        CommandLine.Parsed parsed = parse(Map.of(), "--replace-existing", "A", "B");

        assertThat(parsed.config().get(UdfOptions.REPLACE_EXISTING)).isTrue();
        assertThat(parsed.functionClasses()).containsExactly("A", "B");
    }

    @Test
    void aBooleanOptionAcceptsAnInlineValue() throws Exception {
        CommandLine.Parsed parsed = parse(Map.of("SINGLESTOREDB_EXT_FUNC_REPLACE_EXISTING", "true"),
            "--replace-existing=false", "A");

        assertThat(parsed.config().get(UdfOptions.REPLACE_EXISTING)).isFalse();
    }

    @Test
    void thePythonServersOwnFlagsSetTheirOptions() throws Exception {
        CommandLine.Parsed parsed = parse(Map.of(), "--db", "singlestoredb://u:p@h/db", "--collocated", "/tmp/s",
            "A");

        assertThat(parsed.config().get(UdfOptions.CONNECTION)).isEqualTo("singlestoredb://u:p@h/db");
        assertThat(parsed.config().get(UdfOptions.SOCKET_PATH)).isEqualTo("/tmp/s");
    }

    @Test
    void theLogLevelComesFromTheEnvironmentThenTheFlag() throws Exception {
        assertThat(parse(Map.of(), "A").logLevel()).isEqualTo("info");
        assertThat(parse(Map.of(CommandLine.LOG_LEVEL_VARIABLE, "WARN"), "A").logLevel()).isEqualTo("warn");
        assertThat(parse(Map.of(CommandLine.LOG_LEVEL_VARIABLE, "warn"), "--log-level", "debug", "A").logLevel())
            .isEqualTo("debug");
    }

    @Test
    void anUnknownFlagIsAUsageErrorNamingIt() {
        assertThatThrownBy(() -> parse(Map.of(), "--format", "json", "A"))
            .isInstanceOf(CommandLine.UsageException.class).hasMessageContaining("unknown option --format");
    }

    @Test
    void anInvalidValueIsAUsageErrorFromTheOptionsParser() {
        assertThatThrownBy(() -> parse(Map.of(), "--port", "70000", "A"))
            .isInstanceOf(CommandLine.UsageException.class).hasMessageContaining("--port")
            .hasMessageContaining("0 to 65535");
    }

    @Test
    void aFlagWithoutItsValueIsAUsageError() {
        assertThatThrownBy(() -> parse(Map.of(), "A", "--port"))
            .isInstanceOf(CommandLine.UsageException.class).hasMessage("--port needs a value");
    }

    @Test
    void anInvalidEnvironmentValueIsAUsageErrorSayingWhereItCameFrom() {
        assertThatThrownBy(() -> parse(Map.of("SINGLESTOREDB_EXT_FUNC_CONCURRENCY", "x"), "A"))
            .isInstanceOf(CommandLine.UsageException.class).hasMessageStartingWith("in the environment: ")
            .hasMessageContaining("--concurrency");
    }

    @Test
    void noFunctionClassIsAUsageError() {
        assertThatThrownBy(() -> parse(Map.of(), "--port", "1"))
            .isInstanceOf(CommandLine.UsageException.class).hasMessageContaining("no function class");
    }

    @Test
    void functionClassesMayComeFromTheEnvironmentAlone() throws Exception {
        CommandLine.Parsed parsed = parse(Map.of("SINGLESTOREDB_EXT_FUNCTIONS", "com.example.A"), "--port", "1");

        assertThat(parsed.functionClasses()).containsExactly("com.example.A");
    }

    @Test
    void environmentClassesComeFirstInTheOrderOfTheirVariablesNames() throws Exception {
        CommandLine.Parsed parsed = parse(Map.of(
            "SINGLESTOREDB_EXT_FUNCTIONS_2", "c.C",
            "SINGLESTOREDB_EXT_FUNCTIONS", "a.A:b.B",
            "SINGLESTOREDB_EXT_FUNCTIONS_1", " x.X , y.Y\tz.Z "), "d.D");

        assertThat(parsed.functionClasses()).containsExactly("a.A", "b.B", "x.X", "y.Y", "z.Z", "c.C", "d.D");
    }

    @Test
    void aClassListedTwiceIsServedOnce() throws Exception {
        CommandLine.Parsed parsed = parse(Map.of("SINGLESTOREDB_EXT_FUNCTIONS", "a.A"), "a.A", "b.B");

        assertThat(parsed.functionClasses()).containsExactly("a.A", "b.B");
    }

    @Test
    void anEmptyFunctionsVariableListsNothing() {
        assertThatThrownBy(() -> parse(Map.of("SINGLESTOREDB_EXT_FUNCTIONS", " : ")))
            .isInstanceOf(CommandLine.UsageException.class).hasMessageContaining("no function class");
    }

    @Test
    void selectingMethodsOfAClassIsAUsageErrorNamingTheVariable() {
        assertThatThrownBy(() -> parse(Map.of("SINGLESTOREDB_EXT_FUNCTIONS_X", "pkg.Functions.[add,upper@up]")))
            .isInstanceOf(CommandLine.UsageException.class)
            .hasMessageStartingWith("SINGLESTOREDB_EXT_FUNCTIONS_X: ").hasMessageContaining("not supported");
    }

    @Test
    void numberedFunctionsVariablesAreOrderedByTheirNumbers() throws Exception {
        CommandLine.Parsed parsed = parse(Map.of("SINGLESTOREDB_EXT_FUNCTIONS_10", "j.J",
            "SINGLESTOREDB_EXT_FUNCTIONS_2", "b.B", "SINGLESTOREDB_EXT_FUNCTIONS", "a.A"));

        assertThat(parsed.functionClasses()).containsExactly("a.A", "b.B", "j.J");
    }

    @Test
    void aClassInTwoFunctionsVariablesIsServedOnce() throws Exception {
        CommandLine.Parsed parsed = parse(Map.of("SINGLESTOREDB_EXT_FUNCTIONS_1", "a.A:b.B",
            "SINGLESTOREDB_EXT_FUNCTIONS_2", "b.B"));

        assertThat(parsed.functionClasses()).containsExactly("a.A", "b.B");
    }

    @Test
    void anAliasIsAUsageError() {
        assertThatThrownBy(() -> parse(Map.of("SINGLESTOREDB_EXT_FUNCTIONS", "pkg.Functions@f")))
            .isInstanceOf(CommandLine.UsageException.class).hasMessageContaining("not supported");
    }

    @Test
    void helpIsShownWhateverTheFunctionsVariablesHold() throws Exception {
        assertThat(parse(Map.of("SINGLESTOREDB_EXT_FUNCTIONS", "pkg.[f,g]"), "--help").help()).isTrue();
    }

    @Test
    void optionVariablesAreNotFunctionLists() throws Exception {
        CommandLine.Parsed parsed = parse(Map.of("SINGLESTOREDB_EXT_FUNC_NAME_PREFIX", "p_"), "a.A");

        assertThat(parsed.functionClasses()).containsExactly("a.A");
    }

    @Test
    void helpNeedsNoFunctionClass() throws Exception {
        assertThat(parse(Map.of(), "--help").help()).isTrue();
        assertThat(parse(Map.of(), "-h").help()).isTrue();
    }

    @Test
    void argumentsAfterADoubleDashAreClassNames() throws Exception {
        assertThat(parse(Map.of(), "--", "-odd").functionClasses()).containsExactly("-odd");
    }

    @Test
    void theUsageListsEveryOptionWithItsDocAndEnvironmentVariable() {
        String usage = CommandLine.usage();

        for (UdfOption<?> option : UdfOptions.all()) {
            assertThat(usage).contains(option.flag(), option.doc(), option.environmentVariable());
        }
        assertThat(usage).contains("--log-level <level>", "--help", "--port <value>", "default 8000",
            "default rowdat_1", "default 86400");
        assertThat(usage).contains("  --replace-existing ").doesNotContain("--replace-existing <value>");
        assertThat(usage).contains("SINGLESTOREDB_EXT_FUNCTIONS*");
    }
}
