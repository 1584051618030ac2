// disagreements-between-camps
// description: every response that crosses from one camp to another in a post, with its evidence: where exactly do the two sides clash?
// param post (post): busiest — the post, by id or permalink
MATCH (p:Post) WHERE p.id = $post OR p.url = $post
MATCH (a:Comment {postId: p.id})-[r:RESPONDS_TO]->(b:Comment)
WHERE a.camp IS NOT NULL AND b.camp IS NOT NULL AND a.camp <> b.camp
RETURN a.label AS comment, a.camp AS fromCamp, b.label AS answers, b.camp AS toCamp, r.stance AS stance,
       r.stanceEvidence AS stanceEvidence, r.method AS linkedBy, left(a.text, 80) AS text
ORDER BY a.position
