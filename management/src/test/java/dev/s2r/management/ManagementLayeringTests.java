/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module's packages import only what their {@code package-info.java} files allow: {@code api} and
 * {@code model} nothing of the module, {@code internal} both of them, {@code dev.s2r.management} everything.
 * Checked over the compiled classes, so imports, field types, calls and inheritance all count.
 */
final class ManagementLayeringTests {

    private static final String ROOT = "dev.s2r.management";
    private static final String API = ROOT + ".api";
    private static final String MODEL = ROOT + ".model";
    private static final String INTERNAL = ROOT + ".internal";

    private static final Map<String, Set<String>> MAY_IMPORT = Map.of(
        API, Set.of(),
        MODEL, Set.of(),
        INTERNAL, Set.of(API, MODEL),
        ROOT, Set.of(API, MODEL, INTERNAL));

    private static JavaClasses classes;

    @BeforeAll
    static void importModule() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
    }

    @Test
    void everyPackageOfTheModuleHasItsLayer() {
        Set<String> packages = new TreeSet<>();
        classes.forEach(type -> packages.add(type.getPackageName()));

        assertThat(MAY_IMPORT.keySet()).containsAll(packages);
    }

    @Test
    void packagesImportOnlyTheLayersBelowThem() {
        Set<String> violations = new TreeSet<>();
        for (JavaClass type : classes) {
            String from = type.getPackageName();
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String to = dependency.getTargetClass().getPackageName();
                if (to.startsWith(ROOT) && !to.equals(from) && !MAY_IMPORT.getOrDefault(from, Set.of()).contains(to)) {
                    violations.add(type.getName() + " -> " + dependency.getTargetClass().getName());
                }
            }
        }

        assertThat(violations).isEmpty();
    }
}
