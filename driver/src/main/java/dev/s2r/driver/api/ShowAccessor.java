/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs SingleStore's {@code SHOW} commands on a connection and returns their rows as {@link ShowRow}s; obtained from
 * {@link SingleStoreConnection#show()}. The methods mirror the Python SDK's {@code conn.show} accessor.
 * <p>
 * Each call returns a cold publisher: nothing is sent until it is subscribed, and each subscription runs the
 * command again. Identifiers are quoted with backticks, embedded backticks doubled; {@code LIKE} patterns are
 * sent as string literals (quotes and backslashes escaped), with their {@code %} and {@code _} wildcards intact.
 * A {@code null} {@code database} or {@code like} argument leaves that clause out. Invalid arguments (a
 * {@code null} or empty identifier) throw {@link IllegalArgumentException} at the call.
 * <p>
 * Commands only SingleStore has ({@code SHOW PIPELINES}, {@code SHOW PLANCACHE}, {@code EXTENDED} forms ...) fail
 * on other servers with the server's error.
 */
public interface ShowAccessor {

    /** @return the tables of the current database: {@code SHOW TABLES} */
    Flux<ShowRow> tables();

    /**
     * @param extended whether to ask for SingleStore's extra columns
     * @return {@code SHOW TABLES} or {@code SHOW TABLES EXTENDED}
     */
    Flux<ShowRow> tables(boolean extended);

    /**
     * @param database the database, or {@code null} for the current one
     * @param like     a {@code LIKE} pattern for the table names, or {@code null}
     * @param extended whether to ask for SingleStore's extra columns
     * @return {@code SHOW TABLES [IN `database`] [EXTENDED] [LIKE 'pattern']}
     */
    Flux<ShowRow> tables(String database, String like, boolean extended);

    /** @return {@code SHOW DATABASES} */
    Flux<ShowRow> databases();

    /**
     * @param extended whether to ask for SingleStore's extra columns
     * @return {@code SHOW DATABASES} or {@code SHOW DATABASES EXTENDED}
     */
    Flux<ShowRow> databases(boolean extended);

    /**
     * @param like     a {@code LIKE} pattern for the database names, or {@code null}
     * @param extended whether to ask for SingleStore's extra columns
     * @return {@code SHOW DATABASES [EXTENDED] [LIKE 'pattern']}
     */
    Flux<ShowRow> databases(String like, boolean extended);

    /** @return {@code SHOW SCHEMAS} (a synonym of {@code SHOW DATABASES}) */
    Flux<ShowRow> schemas();

    /**
     * @param like a {@code LIKE} pattern for the database names, or {@code null}
     * @return {@code SHOW SCHEMAS [LIKE 'pattern']}
     */
    Flux<ShowRow> schemas(String like);

    /**
     * @param table the table
     * @return {@code SHOW COLUMNS IN `table`}; the first column ({@code Field}) becomes {@code name}
     */
    Flux<ShowRow> columns(String table);

    /**
     * @param table the table
     * @param full  whether to add collation, privileges and comment
     * @return {@code SHOW [FULL] COLUMNS IN `table`}
     */
    Flux<ShowRow> columns(String table, boolean full);

    /**
     * @param table    the table
     * @param database the table's database, or {@code null} for the current one
     * @param like     a {@code LIKE} pattern for the column names, or {@code null}
     * @param full     whether to add collation, privileges and comment
     * @return {@code SHOW [FULL] COLUMNS IN `table` [IN `database`] [LIKE 'pattern']}
     */
    Flux<ShowRow> columns(String table, String database, String like, boolean full);

    /**
     * @param table the table
     * @return {@code SHOW INDEXES IN `table`}; the first column ({@code Table}) becomes {@code name}
     */
    Flux<ShowRow> indexes(String table);

    /**
     * @param table    the table
     * @param database the table's database, or {@code null} for the current one
     * @return {@code SHOW INDEXES IN `table` [IN `database`]}
     */
    Flux<ShowRow> indexes(String table, String database);

    /** @return the warnings of the previous statement on this connection: {@code SHOW WARNINGS} */
    Flux<ShowRow> warnings();

    /** @return the errors of the previous statement on this connection: {@code SHOW ERRORS} */
    Flux<ShowRow> errors();

    /** @return {@code SHOW PROCESSLIST} */
    Flux<ShowRow> processlist();

    /**
     * @param table the table
     * @return {@code SHOW CREATE TABLE `table`}: one row with {@code name} and {@code create_table}
     */
    Mono<ShowRow> createTable(String table);

    /**
     * @param table    the table
     * @param database the table's database, or {@code null} for the current one
     * @return {@code SHOW CREATE TABLE [`database`.]`table`}
     */
    Mono<ShowRow> createTable(String table, String database);

    /**
     * @param view the view
     * @return {@code SHOW CREATE VIEW `view`}: one row with {@code name} and {@code create_view}
     */
    Mono<ShowRow> createView(String view);

    /**
     * @param function the function
     * @return {@code SHOW CREATE FUNCTION `function`}
     */
    Mono<ShowRow> createFunction(String function);

    /**
     * @param aggregate the aggregate function
     * @return {@code SHOW CREATE AGGREGATE `aggregate`} (SingleStore)
     */
    Mono<ShowRow> createAggregate(String aggregate);

    /**
     * @param pipeline the pipeline
     * @return {@code SHOW CREATE PIPELINE `pipeline`} (SingleStore)
     */
    Mono<ShowRow> createPipeline(String pipeline);

    /**
     * @param pipeline the pipeline
     * @param extended whether to add the pipeline's {@code ALTER} settings
     * @return {@code SHOW CREATE PIPELINE `pipeline` [EXTENDED]} (SingleStore)
     */
    Mono<ShowRow> createPipeline(String pipeline, boolean extended);

    /** @return {@code SHOW PIPELINES} (SingleStore) */
    Flux<ShowRow> pipelines();

    /** @return {@code SHOW PARTITIONS} (SingleStore) */
    Flux<ShowRow> partitions();

    /**
     * @param extended whether to ask for the extra columns
     * @return {@code SHOW PARTITIONS [EXTENDED]} (SingleStore)
     */
    Flux<ShowRow> partitions(boolean extended);

    /** @return {@code SHOW PLANCACHE} (SingleStore) */
    Flux<ShowRow> plancache();

    /**
     * @param planId a plan id from {@link #plancache()}
     * @return {@code SHOW PLAN <id>} (SingleStore)
     */
    Flux<ShowRow> plan(long planId);

    /**
     * @param planId a plan id from {@link #plancache()}
     * @param json   whether to get the plan as JSON
     * @return {@code SHOW PLAN [JSON] <id>} (SingleStore)
     */
    Flux<ShowRow> plan(long planId, boolean json);

    /** @return {@code SHOW AGGREGATES} (SingleStore) */
    Flux<ShowRow> aggregates();

    /**
     * @param database the database, or {@code null} for the current one
     * @param like     a {@code LIKE} pattern for the names, or {@code null}
     * @return {@code SHOW AGGREGATES [IN `database`] [LIKE 'pattern']} (SingleStore)
     */
    Flux<ShowRow> aggregates(String database, String like);

    /** @return {@code SHOW REPRODUCTION} (SingleStore) */
    Flux<ShowRow> reproduction();

    /**
     * @param outfile the file the server writes the reproduction to
     * @return {@code SHOW REPRODUCTION INTO OUTFILE 'outfile'} (SingleStore)
     */
    Flux<ShowRow> reproduction(String outfile);

    /** @return {@code SHOW FUNCTIONS} (SingleStore) */
    Flux<ShowRow> functions();

    /**
     * @param database the database, or {@code null} for the current one
     * @param like     a {@code LIKE} pattern for the names, or {@code null}
     * @return {@code SHOW FUNCTIONS [IN `database`] [LIKE 'pattern']} (SingleStore)
     */
    Flux<ShowRow> functions(String database, String like);

    /** @return {@code SHOW PROCEDURES} (SingleStore) */
    Flux<ShowRow> procedures();

    /**
     * @param database the database, or {@code null} for the current one
     * @param like     a {@code LIKE} pattern for the names, or {@code null}
     * @return {@code SHOW PROCEDURES [IN `database`] [LIKE 'pattern']} (SingleStore)
     */
    Flux<ShowRow> procedures(String database, String like);

    /** @return {@code SHOW STATUS}: rows of {@code name} and {@code value} */
    Flux<ShowRow> status();

    /**
     * @param extended whether to ask for SingleStore's extended counters
     * @return {@code SHOW STATUS [EXTENDED]}
     */
    Flux<ShowRow> status(boolean extended);

    /**
     * @param like     a {@code LIKE} pattern for the counter names, or {@code null}
     * @param extended whether to ask for SingleStore's extended counters
     * @return {@code SHOW STATUS [EXTENDED] [LIKE 'pattern']}
     */
    Flux<ShowRow> status(String like, boolean extended);

    /** @return {@code SHOW GLOBAL STATUS} */
    Flux<ShowRow> globalStatus();

    /**
     * @param like a {@code LIKE} pattern for the counter names, or {@code null}
     * @return {@code SHOW GLOBAL STATUS [LIKE 'pattern']}
     */
    Flux<ShowRow> globalStatus(String like);

    /** @return {@code SHOW SESSION STATUS} */
    Flux<ShowRow> sessionStatus();

    /**
     * @param like a {@code LIKE} pattern for the counter names, or {@code null}
     * @return {@code SHOW SESSION STATUS [LIKE 'pattern']}
     */
    Flux<ShowRow> sessionStatus(String like);

    /** @return {@code SHOW TABLE STATUS} */
    Flux<ShowRow> tableStatus();

    /**
     * @param database the database, or {@code null} for the current one
     * @param like     a {@code LIKE} pattern for the table names, or {@code null}
     * @return {@code SHOW TABLE STATUS [IN `database`] [LIKE 'pattern']}
     */
    Flux<ShowRow> tableStatus(String database, String like);

    /** @return {@code SHOW DATABASE STATUS} (SingleStore) */
    Flux<ShowRow> databaseStatus();
}
