package org.threadgraph.stance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** Everything the stance classifier reads from {@code stance/}: cue families, word lists and numbers. */
final class StanceRules {

    final List<CueFamily> families;
    final Set<String> negators;
    final Set<String> contrast;
    final List<CuePattern> butAgree;
    final List<CuePattern> address;
    final List<CuePattern> informational;
    final List<CuePattern> thirdParty;
    final Set<String> firstPerson;
    final Set<String> secondPerson;
    final Set<String> sharedIgnore;
    final double sharedWeight;
    final int sharedTargetMaxWords;
    final int openingSentences;
    final double repostQuotedShare;
    final int reportMinWords;
    final int bareLinkMaxWords;
    private final double[] positionWeights;
    private final Map<String, Double> confidence = new HashMap<>();

    private StanceRules(Resources r) {
        families = CueFamily.load(r);
        negators = r.words("negators.txt");
        contrast = r.words("contrast.txt");
        butAgree = r.patterns("but-agree.txt");
        address = r.patterns("address.txt");
        informational = r.patterns("informational.txt");
        thirdParty = r.patterns("third-party.txt");
        firstPerson = r.words("first-person.txt");
        secondPerson = r.words("second-person.txt");
        sharedIgnore = r.words("shared-ignore.txt");
        Properties p = r.properties("rules.properties");
        positionWeights = new double[] {Resources.number(p, "position.weight.0"),
            Resources.number(p, "position.weight.1"), Resources.number(p, "position.weight.2"),
            Resources.number(p, "position.weight.later")};
        openingSentences = (int) Resources.number(p, "opening.sentences");
        repostQuotedShare = Resources.number(p, "repost.quoted.share");
        reportMinWords = (int) Resources.number(p, "report.min.words");
        bareLinkMaxWords = (int) Resources.number(p, "bare.link.max.words");
        sharedWeight = Resources.number(p, "shared.attitude.weight");
        sharedTargetMaxWords = (int) Resources.number(p, "shared.target.max.words");
        Properties c = r.properties("confidence.properties");
        for (String key : c.stringPropertyNames()) {
            if (key.startsWith("stance.")) {
                confidence.put(key.substring("stance.".length()), Resources.number(c, key));
            }
        }
        for (String family : Families.ALL) {
            confidence(family);
        }
        families.forEach(f -> confidence(f.name()));
    }

    /** Reads the rules from {@code folder} on the class path. */
    static StanceRules load(String folder) {
        return new StanceRules(new Resources(folder));
    }

    /** Returns the weight of a cue in sentence {@code index}. */
    double positionWeight(int index) {
        return positionWeights[Math.min(index, positionWeights.length - 1)];
    }

    /** Returns the measured precision of a family, failing when confidence.properties lacks it. */
    double confidence(String family) {
        Double value = confidence.get(family);
        if (value == null) {
            throw new IllegalStateException("confidence.properties has no stance." + family);
        }
        return value;
    }

    /** Names of the families that are not cue files. */
    static final class Families {
        static final String CONCESSION = "concession";
        static final String NEGATED = "negated";
        static final String INFORMATIONAL = "informational";
        static final String REPORT_TARGET = "report-target";
        static final String THIRD_PARTY = "third-party";
        static final String QUESTION = "question";
        static final String SHARED_ATTITUDE = "shared-attitude";
        static final String CONFLICT = "conflict";
        static final String NONE = "none";
        static final List<String> ALL = List.of(CONCESSION, SHARED_ATTITUDE, NEGATED, INFORMATIONAL, REPORT_TARGET, THIRD_PARTY,
                QUESTION, CONFLICT, NONE);

        private Families() {
        }
    }
}
