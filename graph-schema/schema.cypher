// threadgraph graph schema: constraints and indexes.
// Applied idempotently every time threadgraph opens a database (IF NOT EXISTS).
// One statement per line group, separated by semicolons. See README.md beside this file.

CREATE CONSTRAINT blog_key IF NOT EXISTS FOR (b:Blog) REQUIRE b.key IS UNIQUE;
CREATE CONSTRAINT post_id IF NOT EXISTS FOR (p:Post) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT comment_id IF NOT EXISTS FOR (c:Comment) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT quote_id IF NOT EXISTS FOR (q:Quote) REQUIRE q.id IS UNIQUE;
CREATE CONSTRAINT participant_key IF NOT EXISTS FOR (p:Participant) REQUIRE p.key IS UNIQUE;
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT camp_id IF NOT EXISTS FOR (k:Camp) REQUIRE k.id IS UNIQUE;
// Input documents read, to recognise an unchanged one without parsing it.
CREATE CONSTRAINT source_origin IF NOT EXISTS FOR (s:Source) REQUIRE s.origin IS UNIQUE;

// Finding a post again by what a text copy knows of it (blog, date, normalised title).
CREATE INDEX post_title_key IF NOT EXISTS FOR (p:Post) ON (p.blogKey, p.titleKey);
CREATE INDEX post_url IF NOT EXISTS FOR (p:Post) ON (p.url);
CREATE INDEX post_date IF NOT EXISTS FOR (p:Post) ON (p.date);
// All comments of a post, in page order, without walking relationships.
CREATE INDEX comment_post IF NOT EXISTS FOR (c:Comment) ON (c.postId, c.position);
// Per-post reads and rewrites match on postId alone, which the composite index above does not serve
// (measured: without it every per-post query of link and analyse scanned all comments).
CREATE INDEX comment_post_id IF NOT EXISTS FOR (c:Comment) ON (c.postId);
CREATE INDEX camp_scope IF NOT EXISTS FOR (k:Camp) ON (k.scope);
CREATE INDEX comment_published IF NOT EXISTS FOR (c:Comment) ON (c.published);
CREATE INDEX comment_clock IF NOT EXISTS FOR (c:Comment) ON (c.postId, c.clock);
CREATE INDEX quote_post IF NOT EXISTS FOR (q:Quote) ON (q.postId);
CREATE INDEX participant_name IF NOT EXISTS FOR (p:Participant) ON (p.name);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
// Sentence embeddings of comments (threadgraph embed; all-MiniLM-L6-v2, 384 dimensions) for `similar`.
CREATE VECTOR INDEX comment_embedding IF NOT EXISTS FOR (c:Comment) ON (c.embedding)
OPTIONS {indexConfig: {`vector.dimensions`: 384, `vector.similarity_function`: 'cosine'}};
