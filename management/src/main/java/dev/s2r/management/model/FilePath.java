/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A path in a Stage or a Files space, normalised once: paths are relative and {@code /}-separated, and a folder
 * ends with {@code /} (singlestore-server.md §1.4 and §7; python-sdk-services.md §3.5). A leading {@code /} or
 * {@code ./} is dropped (the Python SDK strips them from listings), repeated slashes collapse and {@code .}
 * segments go; {@code ..} segments, backslashes and control characters are refused. The root is the empty folder
 * path {@code ""}.
 */
public final class FilePath implements Comparable<FilePath> {

    /** The root folder of a space. */
    public static final FilePath ROOT = new FilePath("");

    private final String value;

    private FilePath(String value) {
        this.value = value;
    }

    /**
     * @param path a path; a trailing {@code /} makes it a folder
     * @return it normalised
     * @throws IllegalArgumentException when it has a {@code ..} segment, a backslash or a control character
     */
    public static FilePath of(String path) {
        Objects.requireNonNull(path, "path");
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                throw new IllegalArgumentException("A file path may not hold a backslash or a control character: "
                    + path.replaceAll("\\p{Cntrl}", "?"));
            }
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                throw new IllegalArgumentException("A file path may not hold a '..' segment: " + path);
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        if (segments.isEmpty()) {
            return ROOT;
        }
        boolean folder = path.endsWith("/") || path.endsWith("/.") || path.equals(".");
        return new FilePath(String.join("/", segments) + (folder ? "/" : ""));
    }

    /**
     * @param path a path
     * @return it normalised as a folder, ending with {@code /}
     */
    public static FilePath folder(String path) {
        return of(path).asFolder();
    }

    /** @return whether this is a folder: the root, or a path ending with {@code /} */
    public boolean isFolder() {
        return this.value.isEmpty() || this.value.endsWith("/");
    }

    /** @return whether this is the root folder */
    public boolean isRoot() {
        return this.value.isEmpty();
    }

    /** @return this path as a folder, ending with {@code /} */
    public FilePath asFolder() {
        return isFolder() ? this : new FilePath(this.value + "/");
    }

    /** @return this path as a file, without the trailing {@code /}; the root has none */
    public FilePath asFile() {
        if (isRoot()) {
            throw new IllegalArgumentException("The root folder is not a file");
        }
        return isFolder() ? new FilePath(this.value.substring(0, this.value.length() - 1)) : this;
    }

    /** @return the last segment, without a trailing {@code /}; empty for the root */
    public String name() {
        String path = isFolder() && !isRoot() ? this.value.substring(0, this.value.length() - 1) : this.value;
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** @return the folder holding this path; the root is its own parent */
    public FilePath parent() {
        String path = isFolder() && !isRoot() ? this.value.substring(0, this.value.length() - 1) : this.value;
        int slash = path.lastIndexOf('/');
        return slash < 0 ? ROOT : new FilePath(path.substring(0, slash + 1));
    }

    /**
     * @param child a path relative to this folder
     * @return the child's path
     * @throws IllegalStateException when this is a file
     */
    public FilePath resolve(String child) {
        if (!isFolder()) {
            throw new IllegalStateException("A file has no children: " + this.value);
        }
        return of(this.value + "/" + child);
    }

    /**
     * @param ancestor a folder
     * @return whether this path is inside it (the root holds every path)
     */
    public boolean isInside(FilePath ancestor) {
        return ancestor.isFolder() && !equals(ancestor) && this.value.startsWith(ancestor.value);
    }

    /** @return the path as the API takes it: relative, a folder ending with {@code /} */
    public String value() {
        return this.value;
    }

    @Override
    public int compareTo(FilePath other) {
        return this.value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FilePath path && path.value.equals(this.value);
    }

    @Override
    public int hashCode() {
        return this.value.hashCode();
    }

    @Override
    public String toString() {
        return this.value;
    }
}
