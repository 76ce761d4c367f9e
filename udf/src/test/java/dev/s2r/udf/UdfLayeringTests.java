/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The udf module's packages import only downward, as their {@code package-info.java} files say: {@code api} at the
 * bottom, then {@code internal.batch}, {@code internal.function} and {@code internal.format} (with
 * {@code internal.format.arrow}), {@code internal.invoke} and {@code internal.signature}, {@code internal.ddl}, the
 * transports {@code internal.http} and {@code internal.collocated}, {@code UdfServer} and the {@code cli} on top.
 * The optional dependencies stay behind their package: Arrow in {@code internal.format.arrow}, JNA in
 * {@code internal.collocated}. Checked over the compiled classes, so imports, field types, calls and inheritance all
 * count.
 */
class UdfLayeringTests {

    private static final String UDF = "dev.s2r.udf";
    private static final String API = UDF + ".api";
    private static final String BATCH = UDF + ".internal.batch";
    private static final String FUNCTION = UDF + ".internal.function";
    private static final String FORMAT = UDF + ".internal.format";
    private static final String ARROW = FORMAT + ".arrow";
    private static final String INVOKE = UDF + ".internal.invoke";
    private static final String SIGNATURE = UDF + ".internal.signature";
    private static final String DDL = UDF + ".internal.ddl";
    private static final String HTTP = UDF + ".internal.http";
    private static final String COLLOCATED = UDF + ".internal.collocated";
    private static final String CLI = UDF + ".cli";

    /** Each package of the module and the packages of the module it may depend on, as its package-info says. */
    private static final Map<String, Set<String>> MAY_IMPORT = new LinkedHashMap<>();

    static {
        MAY_IMPORT.put(API, Set.of());
        MAY_IMPORT.put(BATCH, Set.of());
        MAY_IMPORT.put(FUNCTION, Set.of(BATCH));
        MAY_IMPORT.put(FORMAT, Set.of(API, BATCH));
        MAY_IMPORT.put(ARROW, Set.of(BATCH, FORMAT));
        MAY_IMPORT.put(INVOKE, Set.of(API, BATCH, FUNCTION));
        MAY_IMPORT.put(SIGNATURE, Set.of(API, BATCH, FUNCTION, INVOKE));
        MAY_IMPORT.put(DDL, Set.of(API, BATCH, FUNCTION));
        MAY_IMPORT.put(HTTP, Set.of(API, BATCH, FUNCTION, FORMAT));
        MAY_IMPORT.put(COLLOCATED, Set.of(BATCH, FUNCTION, FORMAT));
        MAY_IMPORT.put(UDF, Set.of(API, BATCH, FUNCTION, FORMAT, ARROW, INVOKE, SIGNATURE, DDL, HTTP, COLLOCATED));
        MAY_IMPORT.put(CLI, Set.of(API, BATCH, FUNCTION, FORMAT, ARROW, INVOKE, SIGNATURE, DDL, HTTP, COLLOCATED,
            UDF));
    }

    private static JavaClasses classes;

    @BeforeAll
    static void importModule() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(UDF);
    }

    @Test
    void everyPackageOfTheModuleHasItsLayer() {
        Set<String> unknown = new TreeSet<>();
        for (JavaClass type : classes) {
            if (!MAY_IMPORT.containsKey(type.getPackageName())) {
                unknown.add(type.getPackageName());
            }
        }

        assertThat(classes).isNotEmpty();
        assertThat(unknown).as("packages missing from UdfLayeringTests.MAY_IMPORT").isEmpty();
    }

    @Test
    void packagesDependOnlyOnThePackagesBelowThem() {
        Set<String> forbidden = new TreeSet<>();
        for (JavaClass type : classes) {
            Set<String> allowed = MAY_IMPORT.get(type.getPackageName());
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String target = dependency.getTargetClass().getBaseComponentType().getPackageName();
                if (MAY_IMPORT.containsKey(target) && !target.equals(type.getPackageName())
                    && !allowed.contains(target)) {
                    forbidden.add(type.getName() + " -> " + dependency.getTargetClass().getName());
                }
            }
        }

        assertThat(forbidden).as("dependencies the package-info files do not allow").isEmpty();
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.s2r.udf.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheArrowFormatRefersToArrowWhichStaysOptional() {
        assertThat(dependentsOn("org.apache.arrow.", ARROW)).as("classes outside " + ARROW + " using Arrow")
            .isEmpty();
    }

    @Test
    void onlyTheCollocatedTransportRefersToJnaWhichStaysOptional() {
        assertThat(dependentsOn("com.sun.jna.", COLLOCATED)).as("classes outside " + COLLOCATED + " using JNA")
            .isEmpty();
    }

    private static Set<String> dependentsOn(String prefix, String home) {
        Set<String> found = new TreeSet<>();
        for (JavaClass type : classes) {
            if (type.getPackageName().equals(home)) {
                continue;
            }
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                if (dependency.getTargetClass().getBaseComponentType().getName().startsWith(prefix)) {
                    found.add(type.getName() + " -> " + dependency.getTargetClass().getName());
                }
            }
        }
        return found;
    }
}
