package org.plenary.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.TestSite;

/**
 * The {@code ./plenary} launcher under {@code LC_ALL=C} (cron, CI containers) with a site whose path is not ASCII:
 * the JVM must still be able to name the files. The launcher script itself runs, against a jar that points at the
 * classes under test (so the test does not need {@code mvn package} to have run).
 */
class LauncherLocaleTest {
    @TempDir
    Path tmp;

    @Test
    void validateAndBuildUnderTheCLocaleWithANonAsciiRoot() throws Exception {
        Path launcher = launcher();

        TestSite site = TestSite.copyOf(TestSite.MINI, tmp.resolve("Communauté-社区 ال"));
        for (List<String> args : List.of(List.of("validate"), List.of("build", "--links", "internal"))) {
            List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
            cmd.addAll(args);
            cmd.addAll(List.of("--root", site.root().toString()));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().remove("LANG");
            pb.environment().remove("LANGUAGE");
            pb.environment().keySet().removeIf(k -> k.startsWith("LC_"));
            pb.environment().put("LC_ALL", "C");
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), () -> String.join(" ", args) + ":\n" + output);
            assertTrue(!output.contains("InvalidPathException") && !output.contains("Malformed input"), output);
        }
        assertTrue(Files.isRegularFile(site.path("site/en/members/amina-diallo/index.html")), "the site was built");
    }

    /**
     * The launcher starts a build's heap at 1 GB; a smaller maximum given through the environment (a small container,
     * {@code JAVA_TOOL_OPTIONS=-Xmx256m}) must still start the JVM rather than fail on "initial heap size larger than
     * the maximum".
     */
    @Test
    void aMaximumHeapFromTheEnvironmentBelowTheLaunchersStartStillRuns() throws Exception {
        Path launcher = launcher();
        TestSite site = TestSite.copyOf(TestSite.MINI, tmp.resolve("site"));
        for (String env : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")) {
            ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "build", "--links", "internal", "--root",
                    site.root().toString()).redirectErrorStream(true);
            pb.environment().remove("PLENARY_JAVA_OPTS");
            pb.environment().put(env, "-Xmx256m");
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), () -> env + "=-Xmx256m:\n" + output);
            assertTrue(output.contains("built "), output);
        }
    }

    /** A copy of {@code ./plenary} in its own folder, with a jar that points at the classes under test. */
    private Path launcher() throws Exception {
        Path home = tmp.resolve("tool");
        Files.createDirectories(home.resolve("target"));
        Path launcher = home.resolve("plenary");
        Files.copy(Path.of("plenary").toAbsolutePath(), launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        manifestJar(home.resolve("target/plenary.jar"));
        return launcher;
    }

    /** A jar with only a manifest: Main-Class and a Class-Path of this test run's classpath. */
    private static void manifestJar(Path jar) throws Exception {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.plenary.cli.Main");
        String cp = java.util.Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(e -> Path.of(e).toAbsolutePath().toUri().toString()).collect(Collectors.joining(" "));
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, cp);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            // manifest only
        }
    }
}
