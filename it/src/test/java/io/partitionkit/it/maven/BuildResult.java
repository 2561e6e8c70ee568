package io.partitionkit.it.maven;

/** How a forked Maven build ended, and everything it printed. */
record BuildResult(int exitCode, String output) {

    boolean succeeded() {
        return exitCode == 0;
    }

    @Override
    public String toString() {
        return "exit code " + exitCode + ", output:\n" + output;
    }
}
