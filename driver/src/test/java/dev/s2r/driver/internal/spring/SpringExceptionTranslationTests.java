/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.spring;

import dev.s2r.driver.internal.transport.ExceptionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.dao.DataAccessException;
import org.springframework.r2dbc.connection.ConnectionFactoryUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver's server errors, translated by Spring R2DBC ({@code ConnectionFactoryUtils.convertR2dbcException},
 * which goes by the R2DBC exception's type), end at the {@code DataAccessException} Spring's own SQLSTATE
 * translation names, never at {@code UncategorizedR2dbcException}.
 */
final class SpringExceptionTranslationTests {

    @ParameterizedTest(name = "[{0}] [{1}] -> {2}")
    @CsvSource({
        "1136, 21S01, org.springframework.r2dbc.BadSqlGrammarException",
        "1064, 42000, org.springframework.r2dbc.BadSqlGrammarException",
        "1792, 25006, org.springframework.dao.PermissionDeniedDataAccessException",
        "1045, 28000, org.springframework.dao.PermissionDeniedDataAccessException",
        "1062, 23000, org.springframework.dao.DuplicateKeyException",
        "1048, 23000, org.springframework.dao.DataIntegrityViolationException",
        "1406, 22001, org.springframework.dao.DataIntegrityViolationException",
        "1213, 40001, org.springframework.dao.CannotAcquireLockException",
        "1205, HY000, org.springframework.dao.QueryTimeoutException",
        "1317, 70100, org.springframework.dao.QueryTimeoutException",
        "1040, 08004, org.springframework.dao.TransientDataAccessResourceException",
        "1053, 08S01, org.springframework.dao.DataAccessResourceFailureException"})
    void serverErrorsReachSpringsCategories(int code, String state, String expected) throws ClassNotFoundException {
        DataAccessException translated = ConnectionFactoryUtils.convertR2dbcException("statement", "SELECT 1",
            ExceptionFactory.create(code, state, "message", "SELECT 1"));

        assertThat(translated).isExactlyInstanceOf(Class.forName(expected));
    }
}
