// comments-by-participant
// description: every comment of one participant, oldest first, with whom it answers: what did this person say, where, and to whom?
// param key (participant): most active — the participant: key, display name or sign-off handle
MATCH (w:Participant {key: $key})-[:WROTE]->(c:Comment)-[:ON]->(p:Post)
OPTIONAL MATCH (c)-[r:RESPONDS_TO]->(t)
RETURN p.title AS post, c.label AS comment, c.clock AS clock, toString(c.published) AS published,
       CASE WHEN t:Post THEN 'post' ELSE t.label END AS answers, r.stance AS stance, left(c.text, 80) AS text
ORDER BY p.date, c.position
