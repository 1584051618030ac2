package org.threadgraph.stance;

import java.util.List;
import java.util.Locale;

/** Accuracy, per-class precision, recall and F1, macro-F1 and a confusion table over three labels. */
final class Scores {

    private final List<String> labels;
    private final int[][] confusion;

    /** Starts empty scores over these labels (in table order). */
    Scores(List<String> labels) {
        this.labels = List.copyOf(labels);
        this.confusion = new int[labels.size()][labels.size()];
    }

    /** Counts one item. */
    void add(String gold, String predicted) {
        confusion[index(gold)][index(predicted)]++;
    }

    /** Returns how many items were counted. */
    int total() {
        int n = 0;
        for (int[] row : confusion) {
            for (int v : row) {
                n += v;
            }
        }
        return n;
    }

    /** Returns the share of items predicted right. */
    double accuracy() {
        int right = 0;
        for (int i = 0; i < labels.size(); i++) {
            right += confusion[i][i];
        }
        return total() == 0 ? 0 : (double) right / total();
    }

    /** Returns the precision of a label (0 when never predicted). */
    double precision(String label) {
        int k = index(label);
        int predicted = 0;
        for (int[] row : confusion) {
            predicted += row[k];
        }
        return predicted == 0 ? 0 : (double) confusion[k][k] / predicted;
    }

    /** Returns the recall of a label (0 when never gold). */
    double recall(String label) {
        int k = index(label);
        int gold = 0;
        for (int v : confusion[k]) {
            gold += v;
        }
        return gold == 0 ? 0 : (double) confusion[k][k] / gold;
    }

    /** Returns the F1 of a label. */
    double f1(String label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Returns the mean F1 over the labels. */
    double macroF1() {
        return labels.stream().mapToDouble(this::f1).average().orElse(0);
    }

    /** Returns a printable report: confusion table (rows gold, columns predicted) and per-class figures. */
    String report(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: n=%d accuracy=%.3f macro-F1=%.3f%n", title, total(), accuracy(),
                macroF1()));
        sb.append(String.format(Locale.ROOT, "  %-14s", "gold \\ pred"));
        labels.forEach(l -> sb.append(String.format(Locale.ROOT, "%10s", l)));
        sb.append(String.format(Locale.ROOT, "%8s%8s%8s%n", "P", "R", "F1"));
        for (int i = 0; i < labels.size(); i++) {
            String l = labels.get(i);
            sb.append(String.format(Locale.ROOT, "  %-14s", l));
            for (int v : confusion[i]) {
                sb.append(String.format(Locale.ROOT, "%10d", v));
            }
            sb.append(String.format(Locale.ROOT, "%8.3f%8.3f%8.3f%n", precision(l), recall(l), f1(l)));
        }
        return sb.toString();
    }

    private int index(String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("unknown label " + label);
        }
        return i;
    }
}
