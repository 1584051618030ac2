package org.threadgraph.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * Gives a database that does not exist yet its password, as {@code neo4j-admin dbms set-initial-password}
 * does: Neo4j reads the salted hash from {@code data/dbms/auth.ini} when it creates the system database.
 * So the database never runs with the default password, and no second start is needed to change it.
 */
final class InitialPassword {

    private InitialPassword() {
    }

    /** Removes the hash once the system database holds the user, so the folder keeps no copy of it. */
    static void forget(Path home) {
        try {
            java.nio.file.Files.deleteIfExists(file(home));
        } catch (java.io.IOException e) {
            throw new StoreException("cannot remove " + file(home) + ": " + e.getMessage(), true, e);
        }
    }

    private static Path file(Path home) {
        return CommunitySecurityModule.getInitialUserRepositoryFile(
                Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build());
    }

    /** Writes the hash of {@code password} for user neo4j where the first start of {@code home} reads it. */
    static void seed(Path home, String password) {
        Path file = file(home);
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            fs.deleteFile(file);
            FileUserRepository users = new FileUserRepository(fs, file, NullLogProvider.getInstance(),
                    EmptyMemoryTracker.INSTANCE);
            users.start();
            try {
                users.create(new User(LocalCredentials.USER, null, SystemGraphCredential.createCredentialForPassword(
                        password.getBytes(StandardCharsets.UTF_8), new SecureHasher()), false, false));
            } finally {
                users.shutdown();
            }
        } catch (Exception e) {
            throw new StoreException("cannot prepare the password of the new database in " + home + ": "
                    + EmbeddedServer.rootMessage(e), false, e);
        }
    }
}
