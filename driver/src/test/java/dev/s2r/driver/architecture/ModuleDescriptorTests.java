/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.s2r.driver.SingleStoreConnectionFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver's public API is what its module exports: {@code dev.s2r.driver} and {@code dev.s2r.driver.api}, and
 * no signature there names an internal type.
 */
final class ModuleDescriptorTests {

    private static final Set<String> EXPORTED = Set.of("dev.s2r.driver", "dev.s2r.driver.api");

    @Test
    void theModuleExportsTheEntryPointsAndTheApiOnly() throws IOException, URISyntaxException {
        ModuleDescriptor module = descriptor();

        assertThat(module.name()).isEqualTo("dev.s2r.driver");
        assertThat(module.exports()).allSatisfy(export -> assertThat(export.isQualified()).isFalse())
            .extracting(ModuleDescriptor.Exports::source).containsExactlyInAnyOrderElementsOf(EXPORTED);
        assertThat(module.opens()).singleElement().satisfies(opens -> {
            assertThat(opens.source()).isEqualTo("dev.s2r.driver.internal.spring");
            assertThat(opens.targets()).as("only Spring's SpringFactoriesLoader reflects on it")
                .containsExactly("spring.core");
        });
    }

    @Test
    void theModuleProvidesTheR2dbcDriver() throws IOException, URISyntaxException {
        ModuleDescriptor module = descriptor();

        assertThat(module.provides()).singleElement().satisfies(provides -> {
            assertThat(provides.service()).isEqualTo("io.r2dbc.spi.ConnectionFactoryProvider");
            assertThat(provides.providers()).containsExactly("dev.s2r.driver.SingleStoreConnectionFactoryProvider");
        });
    }

    @Test
    void optionalDependenciesAreStaticRequirements() throws IOException, URISyntaxException {
        Set<String> optional = descriptor().requires().stream()
            .filter(requires -> requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
            .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());

        assertThat(optional).containsExactlyInAnyOrder("org.mongodb.bson", "org.apache.arrow.memory.core",
            "org.apache.arrow.vector", "micrometer.observation", "spring.data.r2dbc", "spring.data.relational",
            "spring.r2dbc");
    }

    @Test
    void noPublicSignatureOfAnExportedPackageNamesAnInternalType() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(EXPORTED.toArray(new String[0]));
        Set<String> leaks = new TreeSet<>();
        for (JavaClass type : classes) {
            if (!EXPORTED.contains(type.getPackageName()) || !type.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            type.getRawSuperclass().ifPresent(superclass -> check(type.getName(), superclass, leaks));
            type.getRawInterfaces().forEach(implemented -> check(type.getName(), implemented, leaks));
            for (JavaField field : type.getFields()) {
                if (exposed(field.getModifiers())) {
                    check(field.getFullName(), field.getRawType(), leaks);
                }
            }
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                if (exposed(unit.getModifiers())) {
                    check(unit.getFullName(), unit.getRawReturnType(), leaks);
                    unit.getRawParameterTypes().forEach(parameter -> check(unit.getFullName(), parameter, leaks));
                }
            }
        }

        assertThat(leaks).as("internal types in public signatures").isEmpty();
    }

    private static boolean exposed(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static void check(String member, JavaClass type, Set<String> leaks) {
        if (type.getBaseComponentType().getPackageName().startsWith("dev.s2r.driver.internal")) {
            leaks.add(member + " names " + type.getName());
        }
    }

    private static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
        Path classes = Path.of(SingleStoreConnectionFactory.class.getProtectionDomain().getCodeSource().getLocation()
            .toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }
}
