package org.threadgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmOptionsTest {

    @TempDir
    Path dir;

    private Path jar() throws Exception {
        Path jar = Files.writeString(dir.resolve("threadgraph.jar"), "jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-12-01T10:00:00Z")));
        return jar;
    }

    private Path archive(Instant modified) throws Exception {
        Path archive = Files.writeString(dir.resolve("threadgraph.jsa"), "archive");
        Files.setLastModifiedTime(archive, FileTime.from(modified));
        return archive;
    }

    @Test
    void userOptionsComeFirstThenTheTunedOnesThenTheJarAndArguments() throws Exception {
        Path jar = jar();
        Path archive = archive(Instant.parse("2026-12-01T10:01:00Z"));
        List<String> command = new JvmOptions(Path.of("/jdk/bin/java"), jar, List.of("-Xmx2g"), "-Dx=1  -Dy=2")
                .command(List.of("stats", "--db", "d"));
        assertEquals(List.of("/jdk/bin/java", "-Xmx2g", "-Dx=1", "-Dy=2", "-XX:TieredStopAtLevel=1",
                "-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off", "-Dthreadgraph.launched=true", "-jar",
                jar.toString(), "stats", "--db", "d"), command);
    }

    @Test
    void anArchiveOlderThanTheJarBelongsToAnotherBuildAndIsNotUsed() throws Exception {
        Path jar = jar();
        archive(Instant.parse("2026-12-01T09:59:00Z"));
        List<String> command = new JvmOptions(Path.of("java"), jar, List.of(), null).command(List.of());
        assertTrue(command.stream().noneMatch(o -> o.startsWith("-XX:SharedArchiveFile")), command.toString());
    }

    @Test
    void noArchiveNoArchiveOption() throws Exception {
        List<String> command = new JvmOptions(Path.of("java"), jar(), List.of(), "").command(List.of("demo"));
        assertTrue(command.stream().noneMatch(o -> o.contains("SharedArchiveFile") || o.startsWith("-Xlog")));
        assertTrue(command.contains("-XX:TieredStopAtLevel=1"));
    }

    @Test
    void theUsersOwnCompilerAndSharingChoicesWin() throws Exception {
        Path jar = jar();
        archive(Instant.parse("2026-12-01T10:01:00Z"));
        List<String> command = new JvmOptions(Path.of("java"), jar, List.of("-XX:+TieredCompilation"),
                "-Xshare:off").command(List.of());
        assertFalse(command.contains("-XX:TieredStopAtLevel=1"));
        assertTrue(command.stream().noneMatch(o -> o.startsWith("-XX:SharedArchiveFile")));
    }

    @Test
    void benchKeepsBothCompilerTiersForTimingAlgorithms() throws Exception {
        List<String> command = new JvmOptions(Path.of("java"), jar(), List.of(), null).command(List.of("bench"));
        assertFalse(command.contains("-XX:TieredStopAtLevel=1"));
    }

    @Test
    void theArchiveSitsBesideTheJar() {
        assertEquals(Path.of("/opt/tg/threadgraph.jsa"), JvmOptions.archive(Path.of("/opt/tg/threadgraph.jar")));
    }
}
