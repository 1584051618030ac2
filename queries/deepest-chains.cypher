// deepest-chains
// description: the longest real reply chains (RESPONDS_TO between comments), step by step: how deep did the argument go, and what was said at each step?
// param limit: 3 — how many chains
MATCH (p:Post) WHERE p.deepestChain IS NOT NULL AND size(p.deepestChain) > 1
WITH p ORDER BY p.realDepth DESC, p.id LIMIT $limit
UNWIND range(0, size(p.deepestChain) - 1) AS step
MATCH (c:Comment {id: p.deepestChain[step]})
OPTIONAL MATCH (c)-[r:RESPONDS_TO]->()
RETURN p.title AS post, p.realDepth AS realDepth, step, c.label AS comment, c.clock AS clock,
       r.stance AS stance, left(c.text, 70) AS text
ORDER BY realDepth DESC, post, step
