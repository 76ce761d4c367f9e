/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The public vocabulary of the Management API client that is not a resource: its exceptions, the long operations
 * with their polling settings, and the retry policy. Imports nothing of s2r; every other package of the module may
 * import it.
 */
package dev.s2r.management.api;
