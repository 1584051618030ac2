package org.threadgraph.cli;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code train-stance} needs somewhere to write the model unless it only compares embedding features. */
class TrainStanceCommandTest {

    @Test
    void trainingWithoutOutIsAOneLineError() {
        CliRunner.Run run = CliRunner.run("train-stance", "--data", "no-such-folder");
        assertNotEquals(0, run.exitCode());
        assertTrue(run.err().contains("--out is required to train (or give --compare-embeddings)"), run.err());
    }
}
