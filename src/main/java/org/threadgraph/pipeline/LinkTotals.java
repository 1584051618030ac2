package org.threadgraph.pipeline;

import java.util.List;

/**
 * What a link run found.
 *
 * @param posts          posts linked
 * @param responses      RESPONDS_TO edges written
 * @param mentions       MENTIONS edges written
 * @param references     LINKS_TO edges to other posts written
 * @param linkedComments comments joined to a participant by evidence, blog-wide
 * @param quotes         quotes matched to the comment they repost, blog-wide
 * @param failures       one line per post that could not be linked (the others were)
 */
public record LinkTotals(int posts, int responses, int mentions, int references, int linkedComments, int quotes,
                         List<String> failures) {
    public LinkTotals {
        failures = List.copyOf(failures);
    }
}
