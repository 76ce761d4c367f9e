/**
 * External-function servers for SingleStore: HTTP (JSON, ROWDAT_1, Arrow) and collocated (unix socket and
 * shared memory), DDL generation and registration. Planned; see {@code README.md}.
 */
package dev.s2r.udf;
