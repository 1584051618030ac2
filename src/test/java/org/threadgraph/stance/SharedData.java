package org.threadgraph.stance;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared labelled pairs: {@code shared/data/agreement} beside the repository root or beside one of
 * its parent folders (a clone has it at {@code ../shared}, a work tree one level further up).
 */
final class SharedData {

    private SharedData() {
    }

    /** Returns the folder, or fails the test saying where it looked. */
    static Path agreement() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/agreement");
            if (Files.isRegularFile(candidate.resolve(StanceTraining.MASKMANDATE))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/data/agreement beside " + start + " or any parent folder");
    }
}
