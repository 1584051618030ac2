package org.threadgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output that cannot be written says which path and why, in words a user can act on. */
class OutputPathsTest {

    @Test
    void aFolderThatRefusesNewFilesIsNotCalledMissing(@TempDir Path dir) {
        IOException refused = new NoSuchFileException(dir.resolve("forbidden.graphml").toString());
        assertEquals("cannot write " + dir.resolve("forbidden.graphml") + ": the folder " + dir.toAbsolutePath()
                + " does not take new files", ExportCommand.cannotWrite(dir.resolve("x"), refused).getMessage());
    }

    @Test
    void aMissingFolderIsCalledMissing(@TempDir Path dir) {
        Path file = dir.resolve("no/such/out.graphml");
        assertEquals("cannot write " + file + ": no such folder",
                ExportCommand.cannotWrite(file, new NoSuchFileException(file.toString())).getMessage());
    }

    @Test
    void permissionDeniedSaysSo(@TempDir Path dir) {
        Path file = dir.resolve("out.graphml");
        assertEquals("cannot write " + file + ": permission denied",
                ExportCommand.cannotWrite(file, new AccessDeniedException(file.toString())).getMessage());
    }
}
