// participant-opponents
// description: whom a participant disagrees with, and who disagrees with them, across the blog: who are this person's opponents (and allies)?
// param key (participant): most active — the participant: key, display name or sign-off handle
MATCH (me:Participant {key: $key})-[:WROTE]->(mine:Comment)
MATCH (mine)-[r:RESPONDS_TO]-(theirs:Comment)<-[:WROTE]-(other:Participant)
WHERE other <> me
WITH other, r, startNode(r) = mine AS iAnswer
RETURN other.key AS participant, other.name AS name,
       sum(CASE WHEN r.stance = 'disagree' AND iAnswer THEN 1 ELSE 0 END) AS iDisagree,
       sum(CASE WHEN r.stance = 'disagree' AND NOT iAnswer THEN 1 ELSE 0 END) AS theyDisagree,
       sum(CASE WHEN r.stance = 'agree' THEN 1 ELSE 0 END) AS agreements
ORDER BY iDisagree + theyDisagree DESC, agreements DESC, participant
