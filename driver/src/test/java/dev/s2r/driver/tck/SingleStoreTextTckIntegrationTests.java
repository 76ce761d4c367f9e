/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.tck;

import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.test.TestKit;

/**
 * The R2DBC 1.0 TCK over the text protocol: {@code useServerPrepStmts=false}, bound values interpolated by the
 * client, {@code allowMultiQueries=true} for the compound statement test.
 */
class SingleStoreTextTckIntegrationTests extends SingleStoreTckSupport implements TestKit<String> {

    SingleStoreTextTckIntegrationTests(TestDatabase database) {
        super(database, false);
    }
}
