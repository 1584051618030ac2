package org.threadgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.threadgraph.linking.Gazetteer;
import picocli.CommandLine.Option;

/** The {@code --gazetteer} option of the commands that link: the user's own people and organisations. */
final class GazetteerFlag {

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "Extra people and organisations to recognise, added to the bundled list: a TSV of key, "
                    + "name, type (person|organisation) and aliases separated by '|' (see the bundled gazetteer.tsv).")
    Path file;

    /** Returns the bundled gazetteer, with the user's file added when one is given. */
    Gazetteer gazetteer() {
        if (file == null) {
            return Gazetteer.bundled();
        }
        try {
            return Gazetteer.bundled().with(Gazetteer.load(file));
        } catch (IOException e) {
            throw new UserException(file + ": cannot read gazetteer: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }
}
