package org.threadgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.threadgraph.testing.SharedNeo4j;

/**
 * Headless Chromium (Debian's {@code chromium}) opening a page from file://, one run per call, with a
 * fresh profile and no network services. Missing Chromium skips the test, except on CI, where it fails.
 */
public final class Chromium {

    /** What one run printed, and the page as the browser left it or the screenshot it took. */
    public record Run(String dom, String log) {
    }

    private Chromium() {
    }

    /** Skips the calling test when Chromium is not installed, unless running on CI. */
    public static void assume() {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/chromium"));
        if (System.getenv("CI") != null) {
            assertTrue(installed, "CI must install chromium (.ci/run)");
        }
        Assumptions.assumeTrue(installed, "chromium is not installed (apt-get install -y chromium)");
    }

    /**
     * Loads the page (with {@code fragment}, e.g. {@code #node=1}, or "") and returns its DOM after the
     * scripts ran, with the browser's console log.
     */
    public static Run dumpDom(Path page, String fragment) throws IOException, InterruptedException {
        return run(page.toAbsolutePath().toUri() + fragment, "--dump-dom");
    }

    /** Loads the page (with {@code fragment}, or "") and writes a 1200x800 screenshot to {@code png}. */
    public static Run screenshot(Path page, String fragment, Path png) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.deleteIfExists(png);
        Run run = run(page.toAbsolutePath().toUri() + fragment, "--screenshot=" + png.toAbsolutePath(),
                "--window-size=1200,800");
        assertTrue(Files.size(png) > 0, run.log());
        return run;
    }

    /** Returns how many distinct colours the picture holds. */
    public static int colours(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    /** Returns the console lines that report a JavaScript error. */
    public static List<String> scriptErrors(Run run) {
        return run.log().lines().filter(l -> l.contains("CONSOLE") && (l.contains("Uncaught") || l.contains("Error")))
                .toList();
    }

    private static Run run(String url, String... action) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("threadgraph-chromium");
        try {
            List<String> command = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
                    "--virtual-time-budget=3000"));
            command.addAll(List.of(action));
            command.add(url);
            Path log = profile.resolve("stderr.log");
            Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
            String err = Files.readString(log);
            assertEquals(0, p.exitValue(), err);
            return new Run(out, err);
        } finally {
            SharedNeo4j.deleteTree(profile);
        }
    }
}
