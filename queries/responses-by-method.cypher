// responses-by-method
// description: how the real reply targets (RESPONDS_TO) were inferred, with their stances: how much of the conversation rests on each rule, and how sure it is?
// Parameters: none.
MATCH (:Comment)-[r:RESPONDS_TO]->(t)
RETURN r.method AS method, count(*) AS responses, round(avg(r.confidence), 2) AS avgConfidence,
       sum(CASE WHEN t:Post THEN 1 ELSE 0 END) AS toPost,
       sum(CASE r.stance WHEN 'agree' THEN 1 ELSE 0 END) AS agree,
       sum(CASE r.stance WHEN 'disagree' THEN 1 ELSE 0 END) AS disagree
ORDER BY responses DESC, method
