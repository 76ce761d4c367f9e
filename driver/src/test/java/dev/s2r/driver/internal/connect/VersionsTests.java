/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.connect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unit tests for {@link Versions}.
 */
final class VersionsTests {

    @Test
    void parsesMajorMinorAndPatch() {
        assertThat(Versions.parse("10.11.5")).containsExactly(10, 11, 5);
    }

    @Test
    void stopsAtTheFirstCharacterThatIsNeitherDigitNorDot() {
        assertThat(Versions.parse("8.7.12-abc123")).containsExactly(8, 7, 12);
        assertThat(Versions.parse("10.6.4-MariaDB-log")).containsExactly(10, 6, 4);
    }

    @Test
    void fillsMissingPartsWithZero() {
        assertThat(Versions.parse("8.7")).containsExactly(8, 7, 0);
        assertThat(Versions.parse("9")).containsExactly(9, 0, 0);
    }

    @Test
    void parsesAnEmptyOrNonNumericVersionAsZero() {
        assertThat(Versions.parse("")).containsExactly(0, 0, 0);
        assertThat(Versions.parse("unknown")).containsExactly(0, 0, 0);
    }

    @Test
    void ignoresPartsAfterTheThird() {
        assertThat(Versions.parse("1.2.3.4")).containsExactly(1, 2, 3);
    }

    @Test
    void isAtLeastItsOwnVersion() {
        assertThat(Versions.atLeast("7.5.2", 7, 5, 2)).isTrue();
    }

    @Test
    void isAtLeastAnyLowerPatch() {
        assertThat(Versions.atLeast("7.5.10", 7, 5, 2)).isTrue();
        assertThat(Versions.atLeast("7.5.1", 7, 5, 2)).isFalse();
    }

    @Test
    void comparesPartsNumericallyNotAlphabetically() {
        assertThat(Versions.atLeast("10.2.4", 9, 9, 9)).isTrue();
        assertThat(Versions.atLeast("5.10.0", 5, 9, 0)).isTrue();
    }

    @Test
    void aHigherMajorWinsWhateverTheMinorAndPatch() {
        assertThat(Versions.atLeast("8.0.0", 7, 5, 2)).isTrue();
    }

    @Test
    void aLowerMajorLosesWhateverTheMinorAndPatch() {
        assertThat(Versions.atLeast("5.9.99", 7, 5, 2)).isFalse();
    }

    @Test
    void aHigherMinorWinsWhateverThePatch() {
        assertThat(Versions.atLeast("10.3.0", 10, 2, 4)).isTrue();
        assertThat(Versions.atLeast("10.1.99", 10, 2, 4)).isFalse();
    }

    @Test
    void aMissingPatchCountsAsZero() {
        assertThat(Versions.atLeast("5.7", 5, 7, 0)).isTrue();
        assertThat(Versions.atLeast("5.7", 5, 7, 3)).isFalse();
    }

    @Test
    void readsTheEngineVersionOfAVersionWithSuffix() {
        assertThat(Versions.atLeast("8.7.12-6f2a8c1e0a", 8, 7, 1)).isTrue();
    }
}
