package org.threadgraph.stance;

import java.util.List;
import java.util.Locale;
import org.threadgraph.model.Stance;

/**
 * A family of stance cues read from one cue file, as declared in {@code stance/families.txt}.
 *
 * @param name           family name, the key of its confidence
 * @param polarity       agree or disagree
 * @param openingOnly    true when cues count only in the opening sentences or in a sentence that addresses the target
 * @param condition      when the cues may apply at all
 * @param keepInQuestion true when a cue inside a question still counts
 * @param keepOnReport   true when a cue still counts against a target that only reports others' words
 * @param patterns       the cues
 */
record CueFamily(String name, Stance.Label polarity, boolean openingOnly, Condition condition,
                 boolean keepInQuestion, boolean keepOnReport, List<CuePattern> patterns) {

    /** When a family's cues may apply. */
    enum Condition { NONE, CLOCK, AFTER_QUESTION }

    CueFamily {
        patterns = List.copyOf(patterns);
    }

    /** Reads every family listed in {@code families.txt}. */
    static List<CueFamily> load(Resources resources) {
        return resources.lines("families.txt").stream().map(line -> parse(line, resources)).toList();
    }

    private static CueFamily parse(String line, Resources resources) {
        String[] f = line.split("\\s+");
        if (f.length != 7) {
            throw new IllegalArgumentException("families.txt: expected 7 columns in '" + line + "'");
        }
        return new CueFamily(f[1], Stance.Label.valueOf(f[2].toUpperCase(Locale.ROOT)),
                choice(f[3], "opening", "anywhere"),
                Condition.valueOf(f[4].equals("-") || f[4].equals("none") ? "NONE"
                        : f[4].replace('-', '_').toUpperCase(Locale.ROOT)),
                choice(f[5], "keep", "drop"), choice(f[6], "keep", "drop"), resources.patterns(f[0]));
    }

    private static boolean choice(String value, String yes, String no) {
        if (!value.equals(yes) && !value.equals(no)) {
            throw new IllegalArgumentException("families.txt: expected " + yes + " or " + no + ", got " + value);
        }
        return value.equals(yes);
    }
}
