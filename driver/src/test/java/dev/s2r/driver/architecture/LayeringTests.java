/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver's packages form layers that import only downward, as their {@code package-info.java} files say: the
 * R2DBC SPI layer on top, the public {@code api} types at the bottom, and between them the internal packages in the
 * order of {@link #LAYERS}. Checked over the compiled classes, so imports, field types, calls and inheritance all
 * count.
 */
final class LayeringTests {

    /** The driver's packages, from the top layer down; a package may depend only on packages after it. */
    static final List<String> LAYERS = List.of(
        "dev.s2r.driver",
        "dev.s2r.driver.internal.spring",
        "dev.s2r.driver.internal",
        "dev.s2r.driver.internal.statement",
        "dev.s2r.driver.internal.observation",
        "dev.s2r.driver.internal.show",
        "dev.s2r.driver.internal.arrow",
        "dev.s2r.driver.internal.connect",
        "dev.s2r.driver.internal.row",
        "dev.s2r.driver.internal.client",
        "dev.s2r.driver.internal.http",
        "dev.s2r.driver.internal.transport",
        "dev.s2r.driver.internal.message.client",
        "dev.s2r.driver.internal.message.server",
        "dev.s2r.driver.internal.authentication",
        "dev.s2r.driver.internal.sql",
        "dev.s2r.driver.internal.codec",
        "dev.s2r.driver.internal.options",
        "dev.s2r.driver.internal.util",
        "dev.s2r.driver.api");

    private static final String SPRING_PACKAGE = "dev.s2r.driver.internal.spring";

    private static JavaClasses classes;

    @BeforeAll
    static void importDriver() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.s2r.driver");
    }

    @Test
    void everyPackageOfTheDriverHasItsLayer() {
        Set<String> unknown = new TreeSet<>();
        for (JavaClass type : classes) {
            if (!LAYERS.contains(type.getPackageName())) {
                unknown.add(type.getPackageName());
            }
        }

        assertThat(unknown).as("packages missing from LayeringTests.LAYERS").isEmpty();
    }

    @Test
    void packagesDependOnlyOnTheLayersBelowThem() {
        List<String> upward = new ArrayList<>();
        for (JavaClass type : classes) {
            int layer = LAYERS.indexOf(type.getPackageName());
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String target = dependency.getTargetClass().getBaseComponentType().getPackageName();
                int targetLayer = LAYERS.indexOf(target);
                if (targetLayer >= 0 && targetLayer < layer) {
                    upward.add(type.getName() + " -> " + dependency.getTargetClass().getName());
                }
            }
        }

        assertThat(new TreeSet<>(upward)).as("dependencies on a layer above").isEmpty();
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.s2r.driver.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheSpringPackageRefersToSpringAndNoOtherPackageRefersToIt() {
        List<String> references = new ArrayList<>();
        for (JavaClass type : classes) {
            if (type.getPackageName().equals(SPRING_PACKAGE)) {
                continue;
            }
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String target = dependency.getTargetClass().getBaseComponentType().getPackageName();
                if (target.startsWith("org.springframework") || target.equals(SPRING_PACKAGE)) {
                    references.add(type.getName() + " -> " + dependency.getTargetClass().getName());
                }
            }
        }

        assertThat(new TreeSet<>(references)).as("Spring stays optional: loaded only through spring.factories")
            .isEmpty();
    }

    @Test
    void theApiDependsOnNoOtherPackageOfTheDriver() {
        for (JavaClass type : classes) {
            if (type.getPackageName().equals("dev.s2r.driver.api")) {
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    assertThat(dependency.getTargetClass().getPackageName()).as(dependency.getDescription())
                        .satisfiesAnyOf(name -> assertThat(name).doesNotStartWith("dev.s2r."),
                            name -> assertThat(name).isEqualTo("dev.s2r.driver.api"));
                }
            }
        }
    }
}
