package org.luoshi.cli;

/** Exit codes of every luoshi command. */
public final class ExitCodes {
    /** Everything given was processed. */
    public static final int OK = 0;
    /** The run completed, but some inputs could not be processed (each is named with its reason). */
    public static final int SOME_INPUTS_REJECTED = 1;
    /** The command line or a query was wrong. */
    public static final int USAGE = 2;
    /** The run could not complete (an output could not be written, an internal error). */
    public static final int FAILED = 3;

    private ExitCodes() {
    }
}
