// most-discussed
// description: the people and organisations comments name most, and how often each is defended or attacked: who is talked about, and on which side?
// param limit: 10 — how many entities
MATCH (e:Entity)<-[m:MENTIONS]-(:Comment)
WITH e, count(m) AS mentions,
     sum(CASE m.attitude WHEN 'defend' THEN 1 ELSE 0 END) AS defended,
     sum(CASE m.attitude WHEN 'attack' THEN 1 ELSE 0 END) AS attacked
RETURN e.name AS entity, e.type AS type, mentions, defended, attacked
ORDER BY mentions DESC, entity
LIMIT $limit
