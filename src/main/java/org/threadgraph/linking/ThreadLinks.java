package org.threadgraph.linking;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.threadgraph.model.Response;
import org.threadgraph.model.SameAuthor;

/**
 * What {@link ReplyLinker} finds in one post's comments: who answers whom, which comments the
 * text proves to share an author, and clock times the text establishes for comments whose source
 * shows none.
 *
 * @param responses      exactly one response per comment that is not removed, in page order
 * @param sameAuthors    same-author evidence from self-identification ("21:54 here")
 * @param inferredClocks clocks established by the text for comments shown without one
 */
public record ThreadLinks(List<Response> responses, List<SameAuthor> sameAuthors,
                          List<InferredClock> inferredClocks) {

    /**
     * Creates the links; the lists are copied.
     *
     * @throws NullPointerException if a list or one of its elements is null
     */
    public ThreadLinks {
        responses = List.copyOf(Objects.requireNonNull(responses, "responses"));
        sameAuthors = List.copyOf(Objects.requireNonNull(sameAuthors, "sameAuthors"));
        inferredClocks = List.copyOf(Objects.requireNonNull(inferredClocks, "inferredClocks"));
    }

    /**
     * Returns the response made for a comment.
     *
     * @param commentId the answering comment's id
     * @return its response, or empty when there is none (a removed or unknown comment)
     */
    public Optional<Response> responseOf(String commentId) {
        return responses.stream().filter(r -> r.fromId().equals(commentId)).findFirst();
    }
}
