/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.tck;

import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.test.TestKit;

/**
 * The R2DBC 1.0 TCK over server-side prepared statements and the binary protocol:
 * {@code useServerPrepStmts=true}, {@code allowMultiQueries=true} for the compound statement test.
 */
class SingleStorePreparedTckIntegrationTests extends SingleStoreTckSupport implements TestKit<String> {

    SingleStorePreparedTckIntegrationTests(TestDatabase database) {
        super(database, true);
    }
}
