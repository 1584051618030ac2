package org.threadgraph.store;

import java.util.List;
import java.util.Map;
import org.threadgraph.linking.InferredClock;
import org.threadgraph.model.Judged;
import org.threadgraph.model.Mention;
import org.threadgraph.model.PostReference;
import org.threadgraph.model.Response;
import org.threadgraph.model.SameAuthor;

/**
 * Everything the linking and stance stages inferred for one post, to be written in one go.
 *
 * @param postId         the post
 * @param blogKey        its blog, for resolving references to other posts
 * @param responses      one judged response per comment
 * @param sameAuthors    same-author evidence found within the post
 * @param inferredClocks clock times established by the text
 * @param mentions       judged mentions by the post body and its comments
 * @param handles        comment id to the sign-off handle on its last line
 * @param references     links and citations of other posts of the blog
 */
public record PostLinks(String postId, String blogKey, List<Judged<Response>> responses, List<SameAuthor> sameAuthors,
                        List<InferredClock> inferredClocks, List<Judged<Mention>> mentions,
                        Map<String, String> handles, List<PostReference> references) {
}
