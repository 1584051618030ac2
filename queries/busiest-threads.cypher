// busiest-threads
// description: the top-level comments that drew the most structural replies: where did the discussion gather?
// param limit: 10 — how many comments
MATCH (top:Comment)-[:ON]->(p:Post)
WHERE NOT (top)-[:REPLY_TO]->()
MATCH (r:Comment)-[:REPLY_TO]->(top)
WITH p, top, count(r) AS replies
RETURN p.title AS post, top.label AS comment, top.clock AS clock, replies,
       left(top.text, 60) AS opening
ORDER BY replies DESC, post, comment
LIMIT $limit
