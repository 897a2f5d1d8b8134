package org.luoshi.cli;

import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code luoshi} command: one subcommand per user task. */
@Command(name = "luoshi",
        mixinStandardHelpOptions = true,
        version = "luoshi 0.1.0",
        description = "Finds the instructions in Chinese safety-production texts and follows them down the levels.",
        subcommands = {NormalizeCommand.class, ExtractCommand.class, EvalCommand.class, IngestCommand.class, IndexCommand.class, SearchCommand.class, FormulasCommand.class, TrackCommand.class, ServeCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:everything given was processed",
            "1:the run completed but some inputs were rejected (each named with its reason)",
            "2:wrong usage",
            "3:the run could not complete"})
public final class Luoshi implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No command: the usage on standard error, exit 2. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("luoshi: 需要一个命令 (a command is needed)");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("luoshi: out of memory. The heap is set by LUOSHI_JAVA_OPTS (default -Xmx768m), e.g. "
                    + "LUOSHI_JAVA_OPTS=-Xmx2g ./luoshi ...; an interrupted ingest is completed by running it again.");
            code = ExitCodes.FAILED;
        }
        System.exit(code);
    }

    /** The configured command line; tests run commands through it. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Luoshi());
        cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
        cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("luoshi " + commandLine.getCommandName() + ": error: " + describe(ex));
            if (System.getenv("LUOSHI_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            }
            return ExitCodes.FAILED;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("luoshi: 用法有误：" + usageError(ex));
            c.getErr().println("请看 '" + c.getCommandSpec().qualifiedName() + " --help'。");
            return ExitCodes.USAGE;
        });
        return cl;
    }

    /** A picocli usage error in Chinese first, picocli's own words after it in brackets. */
    static String usageError(CommandLine.ParameterException ex) {
        String own = "（" + ex.getMessage() + "）";
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            return (first.startsWith("-") ? "没有这个选项：" : "无法识别的命令或参数：") + first + own;
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            List<String> names = new java.util.ArrayList<>();
            for (CommandLine.Model.ArgSpec a : m.getMissing()) {
                names.add(a instanceof CommandLine.Model.OptionSpec o ? o.longestName() : a.paramLabel());
            }
            return "缺少必需的参数：" + String.join("、", names) + own;
        }
        return ex.getMessage();
    }

    private static String describe(Throwable ex) {
        String msg = ex.getMessage();
        return msg == null ? ex.getClass().getSimpleName() : msg;
    }
}
