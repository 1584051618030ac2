package org.threadgraph.stance;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.threadgraph.model.Stance;

/**
 * The learned stance classifier: multinomial logistic regression over hashed features of the pair
 * ({@link FeatureGroup}), trained by {@link StanceTraining} on labelled reply pairs, with probabilities
 * calibrated by a temperature fitted on a held-out fold of the training data. The confidence of a stance is
 * the calibrated probability of its label; its evidence names the features that pushed most toward it.
 *
 * <p>The model bundled in the jar ({@link #shipped()}) and how it was trained and measured are described in
 * {@code src/main/resources/stance/model/MODEL_CARD.md}.
 */
public final class StanceModel implements StanceClassifier {

    /** Where the shipped model lives on the class path. */
    public static final String RESOURCE = "stance/model/stance-model.bin.gz";
    /** How many named features the evidence of a stance lists. */
    static final int EVIDENCE_FEATURES = 3;

    private static final String MAGIC_1 = "threadgraph-stance-model-1";
    private static final String MAGIC = "threadgraph-stance-model-2";
    private static final Stance.Label[] LABELS = Stance.Label.values();

    private final Set<FeatureGroup> groups;
    private final LinearWeights weights;
    private final double temperature;
    private final double[] blogOffset;
    private final double blogTemperature;
    private final double blogRules;
    private final boolean blog;
    private final PairFeatures features;

    /** Creates a model with no blog adjustment, scoring blog pairs. */
    StanceModel(Set<FeatureGroup> groups, LinearWeights weights, double temperature) {
        this(groups, weights, temperature, new double[LinearWeights.LABELS], temperature, 0, true);
    }

    private StanceModel(Set<FeatureGroup> groups, LinearWeights weights, double temperature, double[] blogOffset,
                        double blogTemperature, double blogRules, boolean blog) {
        this.groups = Set.copyOf(groups);
        this.weights = weights;
        this.temperature = temperature;
        this.blogOffset = blogOffset.clone();
        this.blogTemperature = blogTemperature;
        this.blogRules = blogRules;
        this.blog = blog;
        this.features = new PairFeatures(groups);
    }

    /**
     * Returns this model with score offsets and a temperature for blog pairs, chosen on the seed threads
     * held out one at a time inside training ({@link StanceTraining}).
     */
    StanceModel withBlogAdjustment(double[] offset, double blogTemperature, double blogRules) {
        return new StanceModel(groups, weights, temperature, offset, blogTemperature, blogRules, blog);
    }

    /**
     * Returns this model as it scores pairs that are not from a blog (such as the Reddit pairs it was
     * measured on): no blog copies of the cue features, no blog offsets, the temperature of the training
     * data's validation fold. The shipped model scores blog pairs, since that is what threadgraph reads.
     */
    public StanceModel outsideBlogs() {
        return new StanceModel(groups, weights, temperature, blogOffset, blogTemperature, blogRules, false);
    }

    /** Returns whether this model scores pairs as blog pairs (the default) or not ({@link #outsideBlogs()}). */
    public boolean scoresBlogs() {
        return blog;
    }

    /** Returns the model bundled in the jar. */
    public static StanceModel shipped() {
        return Shipped.MODEL;
    }

    /** Reads a model written by {@link #write}. */
    public static StanceModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in));
        String magic = data.readUTF();
        if (!MAGIC.equals(magic) && !MAGIC_1.equals(magic)) {
            throw new IOException("not a threadgraph stance model");
        }
        Set<FeatureGroup> groups = EnumSet.noneOf(FeatureGroup.class);
        int groupCount = data.readInt();
        for (int i = 0; i < groupCount; i++) {
            groups.add(FeatureGroup.valueOf(data.readUTF()));
        }
        int buckets = data.readInt();
        double temperature = data.readDouble();
        double[] blogOffset = new double[LinearWeights.LABELS];
        double blogTemperature = temperature;
        double blogRules = 0;
        if (MAGIC.equals(magic)) {
            for (int k = 0; k < blogOffset.length; k++) {
                blogOffset[k] = data.readDouble();
            }
            blogTemperature = data.readDouble();
            blogRules = data.readDouble();
        }
        double[] bias = new double[LinearWeights.LABELS];
        for (int k = 0; k < bias.length; k++) {
            bias[k] = data.readDouble();
        }
        float[] w = new float[buckets * LinearWeights.LABELS];
        int used = data.readInt();
        int bucket = 0;
        for (int i = 0; i < used; i++) {
            bucket += data.readInt();
            for (int k = 0; k < LinearWeights.LABELS; k++) {
                w[bucket * LinearWeights.LABELS + k] = data.readFloat();
            }
        }
        return new StanceModel(groups, new LinearWeights(buckets, w, bias), temperature, blogOffset, blogTemperature,
                blogRules, true);
    }

    /** Writes the model compactly (only buckets with a weight); the same model always gives the same bytes. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream zip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(zip);
        data.writeUTF(MAGIC);
        data.writeInt(groups.size());
        for (FeatureGroup g : EnumSet.copyOf(groups)) {
            data.writeUTF(g.name());
        }
        data.writeInt(weights.buckets);
        data.writeDouble(temperature);
        for (double o : blogOffset) {
            data.writeDouble(o);
        }
        data.writeDouble(blogTemperature);
        data.writeDouble(blogRules);
        for (double b : weights.bias) {
            data.writeDouble(b);
        }
        List<Integer> used = new ArrayList<>();
        for (int bucket = 0; bucket < weights.buckets; bucket++) {
            for (int k = 0; k < LinearWeights.LABELS; k++) {
                if (weights.weights[bucket * LinearWeights.LABELS + k] != 0) {
                    used.add(bucket);
                    break;
                }
            }
        }
        data.writeInt(used.size());
        int previous = 0;
        for (int bucket : used) {
            data.writeInt(bucket - previous);
            previous = bucket;
            for (int k = 0; k < LinearWeights.LABELS; k++) {
                data.writeFloat(weights.weights[bucket * LinearWeights.LABELS + k]);
            }
        }
        data.flush();
        zip.finish();
    }

    /** Returns the feature groups the model uses. */
    public Set<FeatureGroup> groups() {
        return groups;
    }

    /** Returns the calibration temperature of the pairs this model scores (1 = the raw model). */
    public double temperature() {
        return blog ? blogTemperature : temperature;
    }

    /** Returns the offsets added to the scores of blog pairs, in {@link Stance.Label} order. */
    public double[] blogOffset() {
        return blogOffset.clone();
    }

    /** Returns the weight added on blog pairs to the score of the label the cue rules decide. */
    public double blogRules() {
        return blogRules;
    }

    /** Returns the hashed features of a pair, as this model sees them. */
    HashedPair hash(String reply, String target) {
        return hash(features.text(reply), features.text(target));
    }

    private HashedPair hash(PairText reply, PairText target) {
        return HashedPair.of(features.of(reply, target, blog), weights.buckets);
    }

    /** Returns the calibrated probabilities of a hashed pair, in {@link Stance.Label} order. */
    double[] probabilities(HashedPair x) {
        return LinearWeights.softmax(scores(x), temperature());
    }

    /** Returns the uncalibrated scores of a hashed pair, with the blog offsets when it scores blog pairs. */
    double[] scores(HashedPair x) {
        double[] s = weights.scores(x);
        if (blog) {
            for (int k = 0; k < s.length; k++) {
                s[k] += blogOffset[k];
            }
            int rules = rulesLabel(x);
            if (rules >= 0) {
                s[rules] += blogRules;
            }
        }
        return s;
    }

    /** Returns the ordinal of the label the cue rules decided for a pair (its {@code lex:} feature), or -1. */
    static int rulesLabel(HashedPair x) {
        for (Feature f : x.features()) {
            if (f.key().startsWith(PairFeatures.RULES_PREFIX)) {
                String label = f.key().substring(PairFeatures.RULES_PREFIX.length(), f.key().indexOf(':',
                        PairFeatures.RULES_PREFIX.length()));
                return Stance.Label.valueOf(label.toUpperCase(java.util.Locale.ROOT)).ordinal();
            }
        }
        return -1;
    }

    /** {@inheritDoc} */
    @Override
    public Stance classify(String responseText, String targetText) {
        return classify(features.text(responseText), features.text(targetText));
    }

    /** Returns this model reading each distinct text once: a post or popular comment is the target of many replies. */
    @Override
    public StanceClassifier remembering() {
        Map<String, PairText> texts = new HashMap<>();
        return (response, target) -> classify(remembered(texts, response), remembered(texts, target));
    }

    private PairText remembered(Map<String, PairText> texts, String raw) {
        return texts.computeIfAbsent(raw == null ? "" : raw, features::text);
    }

    private Stance classify(PairText response, PairText target) {
        HashedPair x = hash(response, target);
        double[] p = probabilities(x);
        int best = argmax(p);
        Map<Stance.Label, Double> distribution = new EnumMap<>(Stance.Label.class);
        for (int k = 0; k < p.length; k++) {
            distribution.put(LABELS[k], p[k]);
        }
        return new Stance(LABELS[best], p[best], evidence(x, best), distribution);
    }

    /**
     * Names the features that pushed most toward the label, strongest first (the earlier feature on a tie),
     * until {@value #EVIDENCE_FEATURES} distinct descriptions; picked one by one, as only a few are wanted.
     */
    private String evidence(HashedPair x, int label) {
        double[] contribution = new double[x.index().length];
        for (int i = 0; i < contribution.length; i++) {
            contribution[i] = weights.contribution(x, i, label);
        }
        Set<String> named = new LinkedHashSet<>();
        while (named.size() < EVIDENCE_FEATURES) {
            int strongest = -1;
            for (int i = 0; i < contribution.length; i++) {
                if (contribution[i] > 0 && (strongest < 0 || contribution[i] > contribution[strongest])) {
                    strongest = i;
                }
            }
            if (strongest < 0) {
                break;
            }
            contribution[strongest] = 0; // taken
            named.add(x.features().get(strongest).display());
        }
        return named.isEmpty() ? "no feature stands out: the labels' base rates" : String.join("; ", named);
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }

    /** Loads the shipped model once, on first use. */
    private static final class Shipped {
        static final StanceModel MODEL = load();

        private static StanceModel load() {
            try (InputStream in = StanceModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException("not on the class path");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the stance model " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
    }
}
