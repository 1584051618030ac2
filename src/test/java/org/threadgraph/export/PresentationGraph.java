package org.threadgraph.export;

import java.util.Map;
import org.threadgraph.store.CypherRunner;
import org.threadgraph.store.Database;
import org.threadgraph.testing.SharedNeo4j;

/**
 * A small analysed graph written with Cypher, as every stage would leave it: post 5001 with ten
 * comments (structural replies, real replies with stances, two camps, mentions), five participants
 * with centrality, a quoted comment, and a second post 5002 that links to it.
 */
public final class PresentationGraph {

    /** The id of the main post. */
    public static final String POST = "5001";
    /** Its permalink. */
    public static final String POST_URL = "https://probationmatters.blogspot.com/2016/02/tr-is-crap-says-research.html";
    /** The key of the most active named participant. */
    public static final String GETAFIX = "name:probationmatters.blogspot.com:getafix";
    /** Comments in post 5001. */
    public static final int COMMENTS = 10;
    /** The deepest RESPONDS_TO chain of post 5001, root first. */
    public static final String[] DEEPEST_CHAIN = {"6001", "6002", "6003", "6004", "6005", "6006", "6007"};

    private static final String CYPHER = """
            CREATE (b:Blog {key: 'probationmatters.blogspot.com', url: 'https://probationmatters.blogspot.com/',
                            title: 'On Probation'})
            CREATE (p:Post {id: '5001', url: $url, title: 'TR Is Crap Says Research', date: date('2016-02-23'),
                            bodyText: 'Today sees the launch of an important piece of research by Professor Gill Kirton.',
                            structuralDepth: 1, realDepth: 7, size: 10, participants: 5, durationMinutes: 1395,
                            deepestChain: ['6001', '6002', '6003', '6004', '6005', '6006', '6007'],
                            polarisation: 0.62})-[:IN]->(b)
            CREATE (p2:Post {id: '5002', url: 'https://probationmatters.blogspot.com/2016/03/pick-of-week.html',
                             title: 'Pick of the Week', date: date('2016-03-06'), bodyText: 'Some comments.',
                             size: 2, participants: 2})-[:IN]->(b)
            CREATE (p2)-[:LINKS_TO {evidence: 'the Kirton research post'}]->(p)
            CREATE (k1:Camp {id: '5001-camp-1', scope: 'post:5001', name: 'Against the CRCs', size: 3,
                             terms: ['crc', 'privatisation', 'napo'], entities: ['org:sodexo'], polarisation: 0.62})
            CREATE (k2:Camp {id: '5001-camp-2', scope: 'post:5001', name: 'Give TR a chance', size: 2,
                             terms: ['change', 'innovation'], entities: ['org:moj'], polarisation: 0.62})
            CREATE (jim:Participant {key: 'blogger:111', name: 'Jim Brown', kind: 'blog-author', camp: '5001-camp-1',
                                     pagerank: 0.31, betweenness: 12.5, inDegree: 4, outDegree: 1,
                                     pagerankRank: 1, betweennessRank: 1})
            CREATE (get:Participant {key: $getafix, name: 'Getafix', kind: 'name-only', camp: '5001-camp-1',
                                     pagerank: 0.22, betweenness: 8.0, inDegree: 4, outDegree: 3,
                                     pagerankRank: 2, betweennessRank: 2})
            CREATE (net:Participant {key: 'blogger:333', name: 'Netnipper', kind: 'profile', camp: '5001-camp-2',
                                     pagerank: 0.18, betweenness: 3.0, inDegree: 2, outDegree: 2,
                                     pagerankRank: 3, betweennessRank: 3})
            CREATE (an1:Participant {key: 'anon:6004', name: 'Anonymous', kind: 'anonymous', camp: '5001-camp-2',
                                     pagerank: 0.15, betweenness: 1.0, pagerankRank: 4, betweennessRank: 4})
            CREATE (an2:Participant {key: 'anon:6009', name: 'Anonymous', kind: 'anonymous',
                                     pagerank: 0.14, betweenness: 0.0, pagerankRank: 5, betweennessRank: 5})
            WITH *
            UNWIND [
              ['6001', 1, '1', 'Getafix', '2016-02-23T09:05:00Z', '09:05', '5001-camp-1', 'get',
               'This research confirms what we all knew: TR has been a disaster and the CRCs are failing. Napo warned us.'],
              ['6002', 2, '1.1', 'Jim Brown', '2016-02-23T09:40:00Z', '09:40', '5001-camp-1', 'jim',
               'Agreed Getafix. Anyone who wants to talk it over can ring me on 07700 900123 or mail jim.brown@example.org'],
              ['6003', 3, '1.2', 'Netnipper', '2016-02-23T10:15:00Z', '10:15', '5001-camp-2', 'net',
               'I disagree. Some of the CRCs are trying hard, Sodexo included, and change was needed.'],
              ['6004', 4, '2', 'Anonymous', '2016-02-23T11:00:00Z', '11:00', '5001-camp-2', 'an1',
               'Rubbish Netnipper is right that the old trusts were no paradise. Call the office on +44 20 7946 0958.'],
              ['6005', 5, '2.1', 'Getafix', '2016-02-23T12:30:00Z', '12:30', '5001-camp-1', 'get',
               'Nonsense, the trusts worked. Sodexo is cutting staff to make a profit, simple as that.'],
              ['6006', 6, '2.2', 'Netnipper', '2016-02-23T13:10:00Z', '13:10', '5001-camp-2', 'net',
               'You cannot blame Sodexo for the MoJ contract. Grayling designed it.'],
              ['6007', 7, '3', 'Getafix', '2016-02-23T15:45:00Z', '15:45', '5001-camp-1', 'get',
               'Quite right about Grayling, he owns this mess.'],
              ['6008', 8, '4', 'Jim Brown', '2016-02-23T18:20:00Z', '18:20', null, 'jim',
               'For what it is worth, London office is on 020 7946 0018 if members need advice.'],
              ['6009', 9, '5', 'Anonymous', '2016-02-23T21:00:00Z', '21:00', null, 'an2',
               'The report is too long, nobody at the MoJ will read it. <script>alert(1)</script>'],
              ['6010', 10, '6', 'Getafix', '2016-02-24T08:20:00Z', '08:20', '5001-camp-1', 'get',
               'True, but Napo will make sure they do.']
            ] AS row
            CREATE (c:Comment {id: row[0], postId: '5001', position: row[1], label: row[2], authorName: row[3],
                               published: datetime(row[4]), clock: row[5], camp: row[6], text: row[8],
                               removed: false, threadRealDepth: 7, threadStructuralDepth: 1})-[:ON]->(p)
            WITH c, row
            MATCH (w:Participant) WHERE w.key = CASE row[7] WHEN 'get' THEN $getafix WHEN 'jim' THEN 'blogger:111'
                    WHEN 'net' THEN 'blogger:333' WHEN 'an1' THEN 'anon:6004' ELSE 'anon:6009' END
            CREATE (w)-[:WROTE]->(c)
            WITH c, row
            OPTIONAL MATCH (k:Camp {id: row[6]})
            FOREACH (_ IN CASE WHEN k IS NULL THEN [] ELSE [1] END | CREATE (c)-[:IN_CAMP]->(k))
            WITH count(*) AS created
            UNWIND [['6002', '6001'], ['6003', '6001'], ['6005', '6004'], ['6006', '6004']] AS r
            MATCH (a:Comment {id: r[0]}), (b:Comment {id: r[1]})
            CREATE (a)-[:REPLY_TO]->(b)
            WITH count(*) AS replies
            UNWIND [
              ['6001', '5001', 'post-topic', 0.7, 'speaks of the research the post introduces', 'neutral', 0.6, ''],
              ['6002', '6001', 'addressed-by-name', 0.95, '"Agreed Getafix"', 'agree', 0.9, 'Agreed'],
              ['6003', '6002', 'structural', 0.8, 'reply filed under comment 1', 'disagree', 0.85, 'I disagree'],
              ['6004', '6003', 'addressed-by-name', 0.9, '"Netnipper is right"', 'disagree', 0.7, 'Rubbish'],
              ['6005', '6004', 'structural', 0.85, 'reply filed under comment 2', 'disagree', 0.9, 'Nonsense'],
              ['6006', '6005', 'quote-overlap', 0.6, 'repeats "Sodexo"', 'disagree', 0.65, 'You cannot blame'],
              ['6007', '6006', 'content-overlap', 0.55, 'repeats "Grayling"', 'agree', 0.8, 'Quite right'],
              ['6008', '6005', 'time-adjacency', 0.4, 'next comment by time', 'neutral', 0.5, ''],
              ['6009', '5001', 'post-topic', 0.6, 'speaks of "the report"', 'neutral', 0.5, ''],
              ['6010', '6009', 'addressed-by-content', 0.75, 'answers "nobody at the MoJ will read it"', 'agree',
               0.7, 'True']
            ] AS r
            MATCH (a:Comment {id: r[0]}), (b {id: r[1]})
            CREATE (a)-[:RESPONDS_TO {method: r[2], confidence: r[3], evidence: r[4], stance: r[5],
                                      stanceConfidence: r[6], stanceEvidence: r[7]}]->(b)
            WITH count(*) AS responses
            CREATE (napo:Entity {key: 'org:napo', name: 'Napo', type: 'organisation'})
            CREATE (sodexo:Entity {key: 'org:sodexo', name: 'Sodexo', type: 'organisation'})
            CREATE (moj:Entity {key: 'org:moj', name: 'Ministry of Justice', type: 'organisation'})
            CREATE (gray:Entity {key: 'person:chris-grayling', name: 'Chris Grayling', type: 'person'})
            WITH *
            UNWIND [['6001', 'org:napo', 'defend'], ['6003', 'org:sodexo', 'defend'], ['6005', 'org:sodexo', 'attack'],
                    ['6006', 'org:sodexo', 'defend'], ['6006', 'person:chris-grayling', 'attack'],
                    ['6006', 'org:moj', 'neutral'], ['6007', 'person:chris-grayling', 'attack'],
                    ['6009', 'org:moj', 'attack'], ['6010', 'org:napo', 'defend']] AS m
            MATCH (c:Comment {id: m[0]}), (e:Entity {key: m[1]})
            CREATE (c)-[:MENTIONS {evidence: e.name, attitude: m[2], attitudeConfidence: 0.8,
                                   attitudeEvidence: 'wording around ' + e.name}]->(e)
            WITH count(*) AS mentions
            MATCH (k1:Camp {id: '5001-camp-1'}), (k2:Camp {id: '5001-camp-2'})
            MATCH (jim:Participant {key: 'blogger:111'}), (get:Participant {key: $getafix}),
                  (net:Participant {key: 'blogger:333'}), (an1:Participant {key: 'anon:6004'})
            CREATE (jim)-[:IN_CAMP]->(k1), (get)-[:IN_CAMP]->(k1), (net)-[:IN_CAMP]->(k2), (an1)-[:IN_CAMP]->(k2)
            WITH jim, get
            MATCH (p2:Post {id: '5002'}), (c1:Comment {id: '6001'}), (napo:Entity {key: 'org:napo'})
            CREATE (q:Quote {id: '5002-q1', postId: '5002', position: 1,
                             text: 'This research confirms what we all knew'})-[:ON]->(p2)
            CREATE (q)-[:QUOTES {similarity: 0.93}]->(c1)
            CREATE (c11:Comment {id: '7001', postId: '5002', position: 1, label: '1', authorName: 'Getafix',
                                 published: datetime('2016-03-06T10:00:00Z'), clock: '10:00', removed: false,
                                 text: 'Glad to see my comment picked. Still no word from Napo.'})-[:ON]->(p2)
            CREATE (c12:Comment {id: '7002', postId: '5002', position: 2, label: '2', authorName: 'Jim Brown',
                                 published: datetime('2016-03-06T11:30:00Z'), clock: '11:30', removed: false,
                                 text: 'Napo says it will respond next week.'})-[:ON]->(p2)
            CREATE (get)-[:WROTE]->(c11), (jim)-[:WROTE]->(c12)
            CREATE (c12)-[:RESPONDS_TO {method: 'addressed-by-content', confidence: 0.8, evidence: '"no word from Napo"',
                                        stance: 'neutral', stanceConfidence: 0.6, stanceEvidence: ''}]->(c11)
            CREATE (c12)-[:MENTIONS {evidence: 'Napo', attitude: 'defend', attitudeConfidence: 0.7,
                                     attitudeEvidence: 'will respond'}]->(napo)
            """;

    private PresentationGraph() {
    }

    /** Empties the shared test database, writes the graph into it and returns it. */
    public static Database create() {
        Database db = SharedNeo4j.cleared();
        new CypherRunner(db).run(CYPHER, Map.of("url", POST_URL, "getafix", GETAFIX), true);
        return db;
    }
}
