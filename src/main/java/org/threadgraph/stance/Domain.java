package org.threadgraph.stance;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a pair comes from. Blog pairs get every feature twice, once shared and once marked as a blog's
 * ("frustratingly easy" domain adaptation, Daumé III, ACL 2007): the shared weights learn from thousands of
 * Reddit pairs, the blog weights learn from the seed threads how blog comments differ (more agreement, the
 * cue words of British probation staff).
 */
public enum Domain {
    /** Any discussion: the shared weights only (what the Reddit pairs train). */
    GENERAL,
    /** Blog comment threads like the seed threads: shared and blog weights (what {@code link} uses). */
    BLOG;

    private static final String BLOG_MARK = "blog|";

    /** Returns the features as this domain sees them. */
    List<Feature> apply(List<Feature> features) {
        if (this == GENERAL) {
            return features;
        }
        List<Feature> out = new ArrayList<>(features.size() * 2 + 1);
        out.addAll(features);
        for (Feature f : features) {
            out.add(new Feature(BLOG_MARK + f.key(), f.display(), f.value()));
        }
        out.add(new Feature(BLOG_MARK + "bias", "how often blog replies take this stance", 1));
        return out;
    }
}
