// camps-of-post
// description: the camps of one post, what each stands for, and its members in page order: which sides formed, and who is on each?
// param post (post): busiest — the post, by id or permalink
MATCH (p:Post) WHERE p.id = $post OR p.url = $post
MATCH (k:Camp {scope: p.id})<-[:IN_CAMP]-(c:Comment)
OPTIONAL MATCH (w:Participant)-[:WROTE]->(c)
WITH p, k, c, w ORDER BY c.position
RETURN k.id AS camp, k.name AS standsFor, k.dispute AS dispute, p.polarisation AS polarisation,
       collect(c.label + coalesce(' (' + c.clock + ')', '') + ' ' + coalesce(w.name, c.authorName, 'Unnamed writer') + ': '
               + left(c.text, 60)) AS members
ORDER BY dispute, camp
