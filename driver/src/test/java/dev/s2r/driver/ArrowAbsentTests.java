/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arrow is optional: with no {@code org.apache.arrow} class visible, every driver class outside
 * {@code dev.s2r.driver.internal.arrow} loads, links and initializes, and {@code toArrow} fails with an
 * {@link IllegalStateException} that names the dependency to add (called from {@link ArrowAbsentProbe}).
 */
final class ArrowAbsentTests {

    @Test
    void driverClassesLoadWithoutArrowAndToArrowNamesTheMissingDependency() throws Exception {
        Path classes = location(SingleStoreResult.class);
        Path testClasses = location(ArrowAbsentProbe.class);
        // Failsafe would put the packaged jar here, and walking it would check no class at all.
        assertThat(classes).as("the driver's classes as a directory (a unit test, run by surefire)").isDirectory();
        try (WithoutArrow loader = new WithoutArrow(new URL[] {classes.toUri().toURL(), testClasses.toUri().toURL()},
            getClass().getClassLoader())) {
            for (String name : driverClassNames(classes)) {
                Class<?> type = Class.forName(name, true, loader);
                assertThat(type.getClassLoader()).as(name).isSameAs(loader);
            }

            String message = (String) Class.forName(ArrowAbsentProbe.class.getName(), true, loader)
                .getMethod("callToArrow").invoke(null);

            assertThat(message).contains("org.apache.arrow:arrow-vector");
        }
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static List<String> driverClassNames(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(classes::relativize).map(Path::toString)
                .filter(file -> file.endsWith(".class") && !file.startsWith("dev/s2r/driver/internal/arrow/"))
                .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.'))
                .filter(name -> !name.endsWith("package-info") && !name.endsWith("module-info"))
                .sorted()
                .collect(Collectors.toList());
        }
    }

    /** Loads the driver's own classes itself and hides every Arrow class; the rest comes from the parent. */
    private static final class WithoutArrow extends URLClassLoader {

        WithoutArrow(URL[] classes, ClassLoader parent) {
            super(classes, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.apache.arrow.")) {
                throw new ClassNotFoundException(name + " (hidden by the test)");
            }
            if (!name.startsWith("dev.s2r.driver.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
