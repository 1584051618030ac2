// comment-responses
// description: whom each comment of a post really answers, next to Blogger's structural parent: how does the real conversation differ from Blogger's one level of replies?
// param post (post): busiest — the post, by id or permalink
MATCH (p:Post) WHERE p.id = $post OR p.url = $post
MATCH (c:Comment {postId: p.id})-[r:RESPONDS_TO]->(t)
OPTIONAL MATCH (c)-[:REPLY_TO]->(parent:Comment)
RETURN c.label AS comment, c.clock AS clock, parent.label AS bloggerParent,
       CASE WHEN t:Post THEN 'post' ELSE t.label END AS answers, r.method AS method,
       round(r.confidence, 2) AS confidence, r.stance AS stance, r.evidence AS evidence
ORDER BY c.position
