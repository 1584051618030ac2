package org.threadgraph.stance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairFeaturesTest {

    private static Set<String> keys(List<Feature> features) {
        return features.stream().map(Feature::key).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void contrastFeaturesSeeOpenersQuotedDenialsAndQuestionsPutBack() {
        PairFeatures f = new PairFeatures(EnumSet.of(FeatureGroup.CONTRAST));
        Set<String> keys = keys(f.of("So you think the union failed us? It did not fail us at all.",
                "The union failed us at every turn. Why pay?", false));
        assertTrue(keys.contains("x:contrast:so you"), keys.toString());
        assertTrue(keys.contains("x:quote+neg"), keys.toString());
        assertTrue(keys.contains("x:q-you"), keys.toString());
        assertTrue(keys.contains("x:target-asks"), keys.toString());
        Set<String> plain = keys(f.of("Great article.", "TR is a disaster.", false));
        assertFalse(plain.contains("x:quote") || plain.contains("x:quote+neg") || plain.contains("x:neg"), plain.toString());
    }

    @Test
    void replyCharactersAreCutFromTheWordsWithBoundariesMarked() {
        PairFeatures f = new PairFeatures(EnumSet.of(FeatureGroup.REPLY_CHARS));
        Set<String> keys = keys(f.of("Nonsense!", "", false));
        assertTrue(keys.containsAll(Set.of("rc: no", "rc:non", "rc:nse ", "rc: nons")), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.contains("!")), keys.toString());
    }

    @Test
    void blogCopiesOnlyForBlogPairsAndOnlyOfTheCueFeatures() {
        PairFeatures f = new PairFeatures(EnumSet.of(FeatureGroup.CUES, FeatureGroup.OPENING, FeatureGroup.BLOG_CUES));
        List<Feature> blog = f.of("Excellent points, I agree.", "Probation was better.", true);
        List<Feature> other = f.of("Excellent points, I agree.", "Probation was better.", false);
        assertTrue(other.stream().noneMatch(x -> x.key().startsWith(PairFeatures.BLOG_PREFIX)));
        for (Feature x : blog) {
            if (x.key().startsWith(PairFeatures.BLOG_PREFIX)) {
                String original = x.key().substring(PairFeatures.BLOG_PREFIX.length());
                assertTrue(original.startsWith("cue:") || original.startsWith("lex:") || original.startsWith("first:"), original);
                assertTrue(keys(other).contains(original), original);
            }
        }
        assertTrue(keys(blog).contains("blog:first:excellent"), keys(blog).toString());
    }
}
