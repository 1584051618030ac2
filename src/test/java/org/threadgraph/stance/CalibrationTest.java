package org.threadgraph.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void overconfidentScoresAreCooledByATemperatureAboveOne() {
        List<double[]> scores = new ArrayList<>();
        int[] labels = new int[10];
        for (int i = 0; i < 10; i++) {
            scores.add(new double[] {8, 0, 0});
            labels[i] = i < 6 ? 0 : 1;
        }
        double t = Calibration.fitTemperature(scores, labels);
        assertTrue(t > 1, "temperature " + t);
        assertTrue(Calibration.logLoss(scores, labels, t) < Calibration.logLoss(scores, labels, 1));
    }

    @Test
    void expectedCalibrationErrorIsTheGapBetweenConfidenceAndAccuracy() {
        List<double[]> p = List.of(new double[] {0.9, 0.05, 0.05}, new double[] {0.9, 0.05, 0.05});
        assertEquals(0.1, Calibration.expectedCalibrationError(p, new int[] {0, 0}), 1e-9);
        assertEquals(0.4, Calibration.expectedCalibrationError(p, new int[] {0, 1}), 1e-9);
    }
}
