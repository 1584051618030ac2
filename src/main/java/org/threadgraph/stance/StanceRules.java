package org.threadgraph.stance;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

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
    final Confidence confidence;
    private final double[] positionWeights;

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
        confidence = new Confidence(r, "stance.",
                Stream.concat(Families.ALL.stream(), families.stream().map(CueFamily::name)).toList());
    }

    /** Reads the rules from {@code folder} on the class path. */
    static StanceRules load(String folder) {
        return new StanceRules(new Resources(folder));
    }

    /** Returns the weight of a cue in sentence {@code index}. */
    double positionWeight(int index) {
        return positionWeights[Math.min(index, positionWeights.length - 1)];
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
