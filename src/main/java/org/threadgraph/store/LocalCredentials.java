package org.threadgraph.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The password of each embedded database, generated once and kept in the user's configuration
 * folder ({@code $XDG_CONFIG_HOME/threadgraph} or {@code ~/.config/threadgraph}), in files only the
 * user can read — never in the database folder, never printed. Also records which local Bolt
 * address serves which database, so that {@code --uri bolt://127.0.0.1:PORT} finds its password.
 */
final class LocalCredentials {

    /** The Neo4j user threadgraph's embedded databases are reached as. */
    static final String USER = "neo4j";

    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path root;

    LocalCredentials(Path root) {
        this.root = root;
    }

    /** The credentials folder of the user running threadgraph. */
    static LocalCredentials forUser() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new LocalCredentials(config.resolve("threadgraph"));
    }

    /** Returns the file that holds the password of the database in {@code dir} (which need not exist). */
    Path secretFile(Path dir) {
        return root.resolve("secrets").resolve(digest(canonical(dir)) + ".properties");
    }

    /** Returns the stored password of the database in {@code dir}, if one was stored. */
    Optional<String> password(Path dir) {
        return read(secretFile(dir)).map(p -> p.getProperty("password"));
    }

    /** Generates a new random password (not yet stored). */
    static String generatePassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Stores the password of the database in {@code dir}, readable by the user alone. */
    void storePassword(Path dir, String password) {
        Properties p = new Properties();
        p.setProperty("database", canonical(dir).toString());
        p.setProperty("password", password);
        write(secretFile(dir), p, "the password of a threadgraph embedded database; keep it private");
    }

    /** Records that {@code dir} is served on the local Bolt port {@code port} until {@link #withdraw}. */
    void advertise(int port, Path dir) {
        Properties p = new Properties();
        p.setProperty("database", canonical(dir).toString());
        write(listeningFile(port), p, "a threadgraph process serves this database on 127.0.0.1:" + port);
    }

    /** Forgets the record written by {@link #advertise}. */
    void withdraw(int port) {
        try {
            Files.deleteIfExists(listeningFile(port));
        } catch (IOException ignored) {
            // A stale record only offers a password that the server on that port will refuse.
        }
    }

    /** Returns the password of the threadgraph database served on this machine's Bolt port, if known. */
    Optional<String> passwordForLocalPort(int port) {
        return read(listeningFile(port)).map(p -> p.getProperty("database")).flatMap(d -> password(Path.of(d)));
    }

    private Path listeningFile(int port) {
        return root.resolve("listening").resolve("bolt-" + port + ".properties");
    }

    private static Optional<Properties> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), true, e);
        }
        return Optional.of(p);
    }

    /** Writes through a private temporary file renamed into place, so no reader sees half a file. */
    private static void write(Path file, Properties p, String comment) {
        try {
            createPrivateDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, attributes(OWNER_ONLY_FILE));
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, comment);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot write " + file + ": " + e.getMessage(), true, e);
        }
    }

    private static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        createPrivateDirectories(dir.getParent());
        try {
            Files.createDirectory(dir, attributes(OWNER_ONLY_DIR));
        } catch (FileAlreadyExistsException raced) {
            // Another threadgraph process created it first.
        }
    }

    private static FileAttribute<?>[] attributes(Set<PosixFilePermission> permissions) {
        boolean posix = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    private static Path canonical(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        try {
            return Files.exists(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }

    private static String digest(Path path) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(path.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
