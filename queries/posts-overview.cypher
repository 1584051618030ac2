// posts-overview
// description: every post with its date, title and how its comments are shaped (posts only linked to are left out): what is in the graph, post by post?
// Parameters: none.
MATCH (p:Post) WHERE NOT coalesce(p.stub, false)
OPTIONAL MATCH (c:Comment)-[:ON]->(p)
WITH p, count(c) AS comments, count(CASE WHEN (c)-[:REPLY_TO]->() THEN 1 END) AS replies
RETURN toString(p.date) AS date, p.title AS title, comments, comments - replies AS topLevel, replies,
       p.declaredCommentCount AS header, p.sources AS sources
ORDER BY date, title
