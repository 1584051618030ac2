package org.threadgraph.export;

/** Which part of the graph an export holds. */
public enum ExportGraph {
    /** One post, its comments and the structural (REPLY_TO) and real (RESPONDS_TO) replies between them. */
    replies,
    /** Participants and who responds to whom, with agree and disagree counts; one post or the whole blog. */
    participants,
    /** Every node and relationship of the graph. */
    blog
}
