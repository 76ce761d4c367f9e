/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.cli;

import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOption;
import dev.s2r.udf.api.UdfOptions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The command line: one flag per {@link UdfOptions} option ({@link UdfOption#flag()}, {@code --flag value} or
 * {@code --flag=value}; a boolean option is set by its flag alone), {@code --log-level}, {@code --help}, and the
 * function classes as positional arguments. The environment ({@code SINGLESTOREDB_EXT_FUNC_*}) is read first, the
 * flags then win. Nothing here is written by hand per option: flags, parsing and help come from the declarations.
 * Function classes may also be listed in {@code SINGLESTOREDB_EXT_FUNCTIONS*} variables (as the Python SDK's server
 * reads its functions); they come before the positional ones.
 */
final class CommandLine {

    /** The environment variable of {@code --log-level}, as the Python SDK's {@code external_function.log_level}. */
    static final String LOG_LEVEL_VARIABLE = "SINGLESTOREDB_EXT_FUNC_LOG_LEVEL";
    private static final Set<String> LOG_LEVELS = Set.of("trace", "debug", "info", "warn", "error");
    private static final String LOG_LEVEL = "--log-level";
    private static final int FLAG_COLUMN = 30;
    /** The prefix of the variables that list function classes, as the Python SDK's server reads them. */
    static final String FUNCTIONS_VARIABLE = "SINGLESTOREDB_EXT_FUNCTIONS";

    private CommandLine() {
    }

    /**
     * What the command line asks for.
     *
     * @param config the options, environment first, flags winning
     * @param functionClasses the class names given, in order
     * @param logLevel the log level, lower case
     * @param help whether {@code --help} was given (nothing else matters then)
     */
    record Parsed(UdfConfig config, List<String> functionClasses, String logLevel, boolean help) {
    }

    /** A command line that cannot run; its message says why, never quoting a secret. */
    static final class UsageException extends Exception {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /**
     * @param args the arguments of {@code main}
     * @param environment the process environment
     * @return what they ask for
     * @throws UsageException for an unknown flag, a missing or invalid value, or no function class
     */
    static Parsed parse(List<String> args, Map<String, String> environment) throws UsageException {
        Map<String, UdfOption<?>> flags = new LinkedHashMap<>();
        UdfOptions.all().forEach(option -> flags.put(option.flag(), option));
        UdfConfig.Builder config = UdfConfig.builder();
        try {
            config.environment(environment);
        } catch (IllegalArgumentException e) {
            throw new UsageException("in the environment: " + e.getMessage());
        }
        String logLevel = logLevel(environment.getOrDefault(LOG_LEVEL_VARIABLE, "info"), LOG_LEVEL_VARIABLE);
        List<String> classes = new ArrayList<>();
        boolean positionalOnly = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (positionalOnly || !arg.startsWith("-")) {
                classes.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                positionalOnly = true;
                continue;
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                return new Parsed(config.build(), List.copyOf(classes), logLevel, true);
            }
            int equals = arg.indexOf('=');
            String flag = equals < 0 ? arg : arg.substring(0, equals);
            String inline = equals < 0 ? null : arg.substring(equals + 1);
            UdfOption<?> option = flags.get(flag);
            if (flag.equals(LOG_LEVEL)) {
                String value = inline != null ? inline : value(args, ++i, flag);
                logLevel = logLevel(value, flag);
            } else if (option == null) {
                throw new UsageException("unknown option " + flag + " (see --help)");
            } else if (option.type() == Boolean.class && inline == null) {
                config.set(asBoolean(option), Boolean.TRUE);
            } else {
                String value = inline != null ? inline : value(args, ++i, flag);
                try {
                    config.parse(option, value);
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
            }
        }
        classes.addAll(0, functionClasses(environment));
        if (classes.isEmpty()) {
            throw new UsageException("no function class given, as an argument or in " + FUNCTIONS_VARIABLE
                + " (see --help)");
        }
        return new Parsed(config.build(), List.copyOf(new LinkedHashSet<>(classes)), logLevel, false);
    }

    /**
     * @param environment the process environment
     * @return the class names listed in the variables whose names start with {@value #FUNCTIONS_VARIABLE}, each
     *     separated by {@code :}, {@code ,} or white space, the variables in the order of their names' numbers
     *     ({@code _2} before {@code _10}), then of the names
     * @throws UsageException for a selection of methods ({@code pkg.Class.[f,g]}, {@code f@alias}): a class serves
     *     all of its functions
     */
    private static List<String> functionClasses(Map<String, String> environment) throws UsageException {
        List<String> classes = new ArrayList<>();
        List<String> variables = environment.keySet().stream().filter(name -> name.startsWith(FUNCTIONS_VARIABLE))
            .sorted(Comparator.comparingLong(CommandLine::number).thenComparing(Comparator.naturalOrder())).toList();
        for (String variable : variables) {
            String value = environment.get(variable);
            if (value.contains("[") || value.contains("@")) {
                throw new UsageException(variable + ": list function classes; a class serves all of its @Udf "
                    + "methods, and selecting or renaming methods ('[...]', '@') is not supported");
            }
            for (String name : value.split("[:,\\s]+")) {
                if (!name.isEmpty()) {
                    classes.add(name);
                }
            }
        }
        return classes;
    }

    /** @return the number a functions variable's name ends with ({@code _12}: 12), or -1 when it ends with none */
    private static long number(String variable) {
        int digits = variable.length();
        while (digits > FUNCTIONS_VARIABLE.length() && Character.isDigit(variable.charAt(digits - 1))) {
            digits--;
        }
        String number = variable.substring(digits);
        return number.isEmpty() || number.length() > 18 ? -1 : Long.parseLong(number);
    }

    /** @return the usage text: every option with its flag, documentation, environment variable and default */
    static String usage() {
        StringBuilder usage = new StringBuilder()
            .append("Usage: java -cp 's2r-udf.jar:lib/*:<your classes>' dev.s2r.udf.cli.Main [options] <class>...\n")
            .append("Serves the functions of the named classes to SingleStore as external functions; registers\n")
            .append("them when a connection is configured (--db or SINGLESTOREDB_URL) and drops them on exit.\n")
            .append("Classes may also be listed in " + FUNCTIONS_VARIABLE + "* variables (separated by ':', ','\n")
            .append("or spaces); they come first.\n")
            .append("Options (environment variables are read first, flags win):\n");
        for (UdfOption<?> option : UdfOptions.all()) {
            String flag = option.type() == Boolean.class ? option.flag() : option.flag() + " <value>";
            String defaultText = option.secret() ? "" : option.defaultValue().map(CommandLine::shown)
                .filter(text -> !text.isEmpty()).map(text -> "; default " + text).orElse("");
            line(usage, flag, option.doc() + " (env " + option.environmentVariable() + defaultText + ")");
        }
        line(usage, LOG_LEVEL + " <level>", "trace, debug, info, warn or error (env " + LOG_LEVEL_VARIABLE
            + "; default info)");
        line(usage, "-h, --help", "print this help");
        return usage.toString();
    }

    private static void line(StringBuilder usage, String flag, String doc) {
        usage.append("  ").append(flag);
        usage.append(flag.length() < FLAG_COLUMN - 3 ? " ".repeat(FLAG_COLUMN - 2 - flag.length())
            : "\n" + " ".repeat(FLAG_COLUMN));
        usage.append(doc).append('\n');
    }

    private static String shown(Object value) {
        if (value instanceof Duration duration) {
            return duration.toMillis() % 1000 == 0 ? Long.toString(duration.toSeconds())
                : Double.toString(duration.toMillis() / 1000.0);
        }
        return value instanceof Enum<?> constant ? constant.name().toLowerCase(Locale.ROOT) : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static UdfOption<Boolean> asBoolean(UdfOption<?> option) {
        return (UdfOption<Boolean>) option;
    }

    private static String value(List<String> args, int index, String flag) throws UsageException {
        if (index >= args.size()) {
            throw new UsageException(flag + " needs a value");
        }
        return args.get(index);
    }

    private static String logLevel(String level, String source) throws UsageException {
        String lower = level.trim().toLowerCase(Locale.ROOT);
        if (!LOG_LEVELS.contains(lower)) {
            throw new UsageException(source + ": unknown log level '" + level + "'; trace, debug, info, warn or error");
        }
        return lower;
    }
}
