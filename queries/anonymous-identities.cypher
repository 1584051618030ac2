// anonymous-identities
// description: participants that linking built from several anonymous comments, with the evidence: which anonymous comments does the evidence give to one person, and why?
// Parameters: none.
MATCH (w:Participant {linked: true})-[r:WROTE]->(c:Comment)-[:ON]->(p:Post)
RETURN w.key AS participant, w.name AS name, p.title AS post, c.label AS comment, c.clock AS clock,
       r.method AS method, r.confidence AS confidence, r.evidence AS evidence
ORDER BY participant, p.date, c.position
