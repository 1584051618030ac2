package org.threadgraph.bench;

import java.util.List;

/**
 * Everything measured at one size.
 *
 * @param size            comments asked for
 * @param blog            what the generator wrote
 * @param generateSeconds time to generate the files (in-process, not a threadgraph stage)
 * @param stages          the stages in the order they ran
 * @param startupSeconds  median wall time of {@code stats} on this size's database: any command's start-up
 * @param peers           the peer comparisons, empty when not run
 * @param notes           what was skipped and why
 */
public record SizeResult(int size, GeneratedBlog blog, double generateSeconds, List<StageResult> stages,
                         double startupSeconds, List<PeerResult> peers, List<String> notes) {
}
