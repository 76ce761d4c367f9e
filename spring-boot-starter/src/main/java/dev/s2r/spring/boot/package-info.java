/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Spring Boot 4 auto-configuration for s2r: {@code SINGLESTOREDB_URL} as the R2DBC URL, the driver's observations,
 * a {@code singlestore} health indicator, the management client as a bean, and {@code @Udf} beans served as
 * external functions from the application's WebFlux server. Each part applies only when its library is present.
 */
package dev.s2r.spring.boot;
