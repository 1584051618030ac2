// posts-by-month
// description: how many posts and comments each month holds: when was the blog busiest?
// Parameters: none.
MATCH (p:Post) WHERE p.date IS NOT NULL AND NOT coalesce(p.stub, false)
OPTIONAL MATCH (c:Comment)-[:ON]->(p)
WITH substring(toString(p.date), 0, 7) AS month, p, count(c) AS comments
RETURN month, count(p) AS posts, sum(comments) AS comments
ORDER BY month
