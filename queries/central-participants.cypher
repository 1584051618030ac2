// central-participants
// description: who holds the conversation together, blog-wide (set by `analyse`): who is answered most and bridges the most exchanges?
// param limit: 10 — how many participants
MATCH (w:Participant) WHERE w.pagerankRank IS NOT NULL
OPTIONAL MATCH (w)-[:WROTE]->(c:Comment)
WITH w, count(c) AS comments
RETURN w.pagerankRank AS rank, w.key AS participant, w.name AS name, w.kind AS kind, comments,
       round(w.pagerank, 4) AS pagerank, w.betweennessRank AS betweennessRank,
       w.inDegree AS answeredBy, w.outDegree AS answers
ORDER BY rank, participant
LIMIT $limit
