package org.threadgraph.cli;

import java.util.Optional;

/**
 * Ends the JVM {@link Launcher} started as soon as the launching process is gone. A launcher stopped
 * politely stops its child itself; one killed outright ({@code kill -9}) cannot, and the work it
 * started must not go on writing behind the user's back, or hold the database when they run again.
 */
final class ParentWatch {

    private static final long POLL_MILLIS = 100;

    private ParentWatch() {
    }

    static void start() {
        Optional<Long> launcher = parentPid();
        if (launcher.isEmpty()) {
            return;
        }
        Thread watch = new Thread(() -> {
            // An orphan is handed to another parent at once, while its dead parent may linger as a zombie
            // that still counts as alive: so the parent's pid is compared, not its liveness asked.
            while (parentPid().equals(launcher)) {
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            // As if killed with the launcher: no shutdown hooks; the database recovers on its next start.
            Runtime.getRuntime().halt(ThreadgraphCommand.INTERNAL_ERROR);
        }, "threadgraph-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static Optional<Long> parentPid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid);
    }
}
