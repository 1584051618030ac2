package org.threadgraph.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Author;
import org.threadgraph.model.Comment;
import org.threadgraph.model.Inference;
import org.threadgraph.model.Post;
import org.threadgraph.model.Response;

/** Small inline threads, one per rule and edge case. */
class CueReplyLinkerTest {

    private static final Post POST = new Post("p1", "example.blogspot.com", null, "TR Is Crap Says Research", null,
            null, "Today sees the launch of research on working conditions in probation after TR.", "Jim Brown", null);

    /**
     * Builds a thread from rows "label|day clock|text" (e.g. "5.1|1 22:31|Excellent points 21:54."):
     * ids are "c" + label, the clock is shown, published is that clock on day 1 or 2; an empty time
     * gives a comment with neither clock nor instant. A text of "REMOVED" makes a removed comment.
     */
    private static List<Comment> thread(String... rows) {
        List<Comment> out = new ArrayList<>();
        int position = 0;
        for (String row : rows) {
            String[] f = row.split("\\|", 3);
            String label = f[0];
            String parent = label.contains(".") ? "c" + label.substring(0, label.indexOf('.')) : null;
            String clock = null;
            Instant published = null;
            if (!f[1].isBlank()) {
                String[] dt = f[1].strip().split(" ");
                clock = dt[1];
                published = Instant.parse("2016-02-2" + (2 + Integer.parseInt(dt[0])) + "T" + clock + ":00Z");
            }
            boolean removed = f[2].equals("REMOVED");
            out.add(new Comment("c" + label, POST.id(), parent, ++position, label,
                    new Author("Anonymous", null, false), published, clock,
                    removed ? "This comment has been removed by the author." : f[2].replace("\\n", "\n"), removed, 1.0));
        }
        return out;
    }

    private static ThreadLinks link(List<Comment> comments) {
        return new CueReplyLinker().link(POST, comments);
    }

    private static Response response(ThreadLinks links, String label) {
        return links.responseOf("c" + label).orElseThrow(() -> new AssertionError("no response for " + label));
    }

    private static void assertAnswers(ThreadLinks links, String from, String to, String method) {
        Response r = response(links, from);
        assertEquals("c" + to, r.toId(), () -> from + ": " + r);
        assertFalse(r.toPost());
        assertEquals(method, r.inference().method(), () -> from + ": " + r);
    }

    private static void assertAnswersPost(ThreadLinks links, String from, String method) {
        Response r = response(links, from);
        assertTrue(r.toPost(), () -> from + ": " + r);
        assertEquals(POST.id(), r.toId());
        assertEquals(method, r.inference().method(), () -> from + ": " + r);
    }

    // ---- clock ----

    @Test
    void clockReferencesInTheFormsPeopleType() {
        ThreadLinks links = link(thread(
                "1|1 09:12|Great article and research.",
                "2|1 11:32|The MoJ will ignore it, as always.",
                "3|1 13:15|Nobody at HQ reads research.",
                "4|1 14:03|Things are fine in my CRC.",
                "5|1 17:41|Parole reports now need an NPS officer.",
                "6|1 20:59|Bring back the trusts.",
                "7|1 21:10|14:03 Your comment is a complete fabrication",
                "8|1 21:20|Hear, hear, 20. 59",
                "9|1 21:30|11.32 spot on",
                "10|1 21:40|So true annon@ 13:15",
                "11|1 21:50|Anon 17:41 same here, it is demeaning.",
                "12|1 22:00|I agree with most of this. I understand the comment above at 17:41 though."));
        assertAnswers(links, "7", "4", CueReplyLinker.CLOCK);
        assertAnswers(links, "8", "6", CueReplyLinker.CLOCK);
        assertAnswers(links, "9", "2", CueReplyLinker.CLOCK);
        assertAnswers(links, "10", "3", CueReplyLinker.CLOCK);
        assertAnswers(links, "11", "5", CueReplyLinker.CLOCK);
        assertAnswers(links, "12", "5", CueReplyLinker.CLOCK);
        Response r = response(links, "11");
        assertEquals("\"Anon 17:41\" matches comment 5 shown at 17:41", r.inference().evidence());
        assertEquals(CueReplyLinker.CLOCK_CONFIDENCE, r.inference().confidence());
    }

    @Test
    void clockBeatsAdjacencyInsideABlock() {
        ThreadLinks links = link(thread(
                "5|1 21:54|All this bleating about high risk cases.",
                "5.1|1 22:31|Excellent points 21:54.\nWhy are POs not allowed to do their job at parole hearings?",
                "5.2|2 07:15|Anon 21:54 I absolutely agree with your points."));
        assertAnswers(links, "5.1", "5", CueReplyLinker.CLOCK);
        assertAnswers(links, "5.2", "5", CueReplyLinker.CLOCK);
    }

    @Test
    void severalCommentsShowTheClockTakesTheLatestEarlierOneAndSaysSo() {
        ThreadLinks links = link(thread(
                "1|1 21:54|First day comment.",
                "2|1 23:00|Something else.",
                "3|2 21:54|Second day comment at the same clock.",
                "4|2 22:30|21:54 you are right."));
        Response r = response(links, "4");
        assertEquals("c3", r.toId());
        assertTrue(r.inference().evidence().contains("2 earlier comments show 21:54 (comment 1, comment 3)"),
                r.inference().evidence());
        assertTrue(r.inference().confidence() < CueReplyLinker.CLOCK_CONFIDENCE);
    }

    @Test
    void neverALaterComment() {
        ThreadLinks links = link(thread(
                "1|1 10:00|21:54 is going to be wrong about this.",
                "2|1 21:54|A comment posted later at 21:54."));
        assertAnswersPost(links, "1", CueReplyLinker.POST);
        assertTrue(response(links, "1").inference().evidence().contains("names only a later comment"),
                response(links, "1").inference().evidence());
    }

    @Test
    void earlierIsByPublishedTimeNotPageOrder() {
        // Reply 5.1 sits above top-level 6 on the page but was posted the next morning, after 6.
        ThreadLinks links = link(thread(
                "5|1 21:54|Risk is not the whole job.",
                "5.1|2 09:40|22:10 is right about the court reports.",
                "6|1 22:10|The diluted court reports are the real scandal.",
                "7|1 22:20|21:54 I disagree."));
        assertAnswers(links, "5.1", "6", CueReplyLinker.CLOCK);
        // and a top-level comment does not answer a reply that was posted after it
        ThreadLinks later = link(thread(
                "5|1 21:54|Risk is not the whole job.",
                "5.1|2 09:40|Bleating not aimed at you.",
                "6|1 22:10|09:40 is wrong."));
        assertAnswersPost(later, "6", CueReplyLinker.POST);
    }

    @Test
    void aTimeInsideAQuotedPressTextIsNotAReference() {
        ThreadLinks links = link(thread(
                "1|1 12:00|The contracts are a disgrace.",
                "2|1 13:00|From the notice: \"Bids close at 12:00 on Friday and late bids will not be read\". Typical.",
                "3|1 13:30|Closing date 16th Dec 2019 12:00 noon.",
                "4|1 14:00|\"12:00 is the deadline\" they said."));
        assertAnswersPost(links, "2", CueReplyLinker.POST);
        assertAnswersPost(links, "3", CueReplyLinker.POST);
        assertAnswersPost(links, "4", CueReplyLinker.POST);
    }

    @Test
    void aLaterMentionInAReplyCitesButDoesNotAnswer() {
        ThreadLinks links = link(thread(
                "5|1 21:54|Medium risk cases are the dangerous ones.",
                "7|1 22:48|A very clear analysis by 21:54. I worked with sex offenders for years.",
                "7.1|2 10:26|The focus on risk is a smokescreen. The labels are evident, as shown by Anon 21:54, "
                        + "and therein lies the real concern."));
        assertAnswers(links, "7", "5", CueReplyLinker.CLOCK);
        assertAnswers(links, "7.1", "7", CueReplyLinker.STRUCTURAL);
    }

    @Test
    void aCommentWhoseClockIsUnknownIsNoClockTarget() {
        ThreadLinks links = link(thread(
                "1|1 09:00|TR is even worse than we imagined.",
                "2| |A comment the source shows without a time.",
                "3|1 10:00|09:00 is right, and so is everyone else.",
                "4| |09:00 I agree with you."));
        assertAnswers(links, "3", "1", CueReplyLinker.CLOCK);
        // a comment with no time is ordered by page position
        assertAnswers(links, "4", "1", CueReplyLinker.CLOCK);
        assertAnswersPost(links, "2", CueReplyLinker.POST);
    }

    // ---- self-identification ----

    @Test
    void selfIdentificationGivesSameAuthorNotAResponse() {
        ThreadLinks links = link(thread(
                "5|1 21:54|All this bleating about high risk cases.",
                "6|1 22:10|Court reports are diluted.",
                "8|1 23:05|21:54 here\nActually on reflection CRC has to be BETTER than NPS."));
        assertEquals(1, links.sameAuthors().size());
        var same = links.sameAuthors().get(0);
        assertEquals("c8", same.commentId());
        assertEquals("c5", same.otherCommentId());
        assertEquals(CueReplyLinker.SELF_IDENTIFICATION, same.inference().method());
        assertTrue(same.inference().evidence().startsWith("\"21:54 here\""), same.inference().evidence());
        assertAnswersPost(links, "8", CueReplyLinker.POST);
    }

    @Test
    void myPointAtNamesTheWritersOwnComment() {
        ThreadLinks links = link(thread(
                "1|1 18:42|CRC staff were thrown to the cheapest bidders with no fight from the unions.",
                "2|1 19:00|What do CRC staff want? Has anyone asked them?",
                "2.1|1 19:30|Identity !! we have none, and most of us are in a union, which was my point at 18:42"));
        assertEquals("c1", links.sameAuthors().get(0).otherCommentId());
        assertAnswers(links, "2.1", "2", CueReplyLinker.STRUCTURAL);
    }

    // ---- quotation ----

    @Test
    void aQuotationOfAnEarlierCommentAnswersIt() {
        ThreadLinks links = link(thread(
                "1|1 09:00|The probation service has been subject to restructure after restructure since 2000.",
                "2|1 10:00|Pay is the real problem.",
                "2.1|1 11:00|On pay, probation has no trouble attracting new recruits, so the MoJ won't pay more.",
                "2.2|1 12:00|Agreed.",
                "2.3|1 13:00|It's not accurate to say probation has no trouble attracting recruits.",
                "3|1 14:00|Spot on re: \"restructure after restructure\""));
        assertAnswers(links, "2.3", "2.1", CueReplyLinker.QUOTATION);
        assertTrue(response(links, "2.3").inference().evidence().contains("probation has no trouble attracting"));
        assertAnswers(links, "3", "1", CueReplyLinker.QUOTATION);
        assertTrue(response(links, "3").inference().evidence().startsWith("quotes \"restructure after restructure\""));
    }

    @Test
    void wordsQuotedFromThePostAnswerThePost() {
        ThreadLinks links = link(thread(
                "1|1 09:00|Bleak.",
                "2|1 10:00|\"working conditions in probation\" - what working conditions?"));
        assertAnswersPost(links, "2", CueReplyLinker.QUOTATION);
    }

    // ---- address ----

    @Test
    void addressesByAboveByHandleAndByName() {
        List<Comment> cs = new ArrayList<>(thread(
                "1|1 09:00|Mass supervision is not probation work.\n'Getafix",
                "2|1 10:00|Research telling us what we know.",
                "3|1 11:00|The comment above is spot on.",
                "4|1 12:00|@Getafix you are right about mass supervision.",
                "5|1 13:00|Well said Getafix, and the rest is spin.",
                "6|1 14:00|Some of whom were like those mentioned above, I admit."));
        cs.add(new Comment("cj", POST.id(), null, 7, "7", new Author("Jim Brown", "https://www.blogger.com/profile/1",
                true), Instant.parse("2016-02-23T15:00:00Z"), "15:00", "No - all are quotes from this blog.", false, 1));
        cs.add(new Comment("c8", POST.id(), null, 8, "8", new Author("Anonymous", null, false),
                Instant.parse("2016-02-23T16:00:00Z"), "16:00", "Thanks Jim, that explains it.", false, 1));
        ThreadLinks links = link(cs);
        assertAnswers(links, "3", "2", CueReplyLinker.ADDRESS);
        assertAnswers(links, "4", "1", CueReplyLinker.ADDRESS);
        assertAnswers(links, "5", "1", CueReplyLinker.ADDRESS);
        assertAnswersPost(links, "6", CueReplyLinker.POST);
        assertEquals("cj", response(links, "8").toId());
        assertEquals(CueReplyLinker.ADDRESS, response(links, "8").inference().method());
    }

    // ---- structure, adjacency, overlap ----

    @Test
    void firstReplyIsStructuralLaterRepliesAdjacentUnlessTheTopLevelFitsBetter() {
        ThreadLinks links = link(thread(
                "6|1 15:10|Contracts of the CRC companies extended until June 2021, staff told; the MoJ "
                        + "says contracts were always going to run to Spring 2021.",
                "6.1|1 15:32|Who signed that off?",
                "6.2|1 16:04|Nobody did; ministers never read what they sign off.",
                "6.3|1 16:29|The CRC contracts extension to June 2021 means the companies are paid for longer; "
                        + "the MoJ contracts were always a mess."));
        assertAnswers(links, "6.1", "6", CueReplyLinker.STRUCTURAL);
        assertAnswers(links, "6.2", "6.1", CueReplyLinker.ADJACENCY);
        assertAnswers(links, "6.3", "6", CueReplyLinker.OVERLAP);
        assertTrue(response(links, "6.3").inference().evidence().contains("contract"),
                response(links, "6.3").inference().evidence());
        // with a margin of 1 the top-level comment is never preferred
        Response plain = new CueReplyLinker(1.0).link(POST, thread(
                "6|1 15:10|Contracts extended until June 2021.",
                "6.1|1 15:32|Who signed that off?",
                "6.2|1 16:29|Extended again, the contracts, to June.")).responseOf("c6.2").orElseThrow();
        assertEquals("c6.1", plain.toId());
    }

    // ---- removed comments ----

    @Test
    void removedCommentsGetNoResponseButStayClockTargets() {
        ThreadLinks links = link(thread(
                "1|1 09:00|Great article.",
                "1.1|1 09:30|REMOVED",
                "1.2|1 10:00|Why was that removed?",
                "2|1 11:00|REMOVED",
                "3|1 12:00|11:00 was removed for saying what we all think."));
        assertTrue(links.responseOf("c1.1").isEmpty());
        assertTrue(links.responseOf("c2").isEmpty());
        assertEquals(3, links.responses().size());
        assertAnswers(links, "1.2", "1", CueReplyLinker.STRUCTURAL);
        assertAnswers(links, "3", "2", CueReplyLinker.CLOCK);
    }

    // ---- text copies ----

    @Test
    void textCopyInfersTheClockFromTheFirstReplyAndUsesIt() {
        ThreadLinks links = link(thread(
                "4| |After years of managing high risk cases.",
                "5| |All this bleating about high risk cases.",
                "5.1| |Excellent points 21:54.\nWhy are POs not allowed to do their job at parole hearings?",
                "5.2| |Anon 21:54 I absolutely agree with your points.",
                "6| |Court reports are diluted.",
                "8| |21:54 here\nActually on reflection CRC has to be BETTER than NPS.",
                "9| |Hear, hear, 20. 59"));
        assertEquals(1, links.inferredClocks().size());
        InferredClock inferred = links.inferredClocks().get(0);
        assertEquals("c5", inferred.commentId());
        assertEquals("21:54", inferred.clock());
        assertEquals(CueReplyLinker.CLOCK_INFERENCE, inferred.inference().method());
        assertTrue(inferred.inference().evidence().contains("Excellent points 21:54"));
        assertAnswers(links, "5.1", "5", CueReplyLinker.CLOCK);
        assertAnswers(links, "5.2", "5", CueReplyLinker.CLOCK);
        assertTrue(response(links, "5.2").inference().confidence() < CueReplyLinker.CLOCK_CONFIDENCE);
        assertTrue(response(links, "5.2").inference().evidence().contains("inferred from its first reply comment 5.1"),
                response(links, "5.2").inference().evidence());
        assertEquals("c5", links.sameAuthors().get(0).otherCommentId());
        // a top-level clock that no comment shows cannot be resolved: the post, with the reason
        assertAnswersPost(links, "9", CueReplyLinker.POST);
        assertTrue(response(links, "9").inference().evidence().contains("names no earlier comment shown at 20:59"));
    }

    @Test
    void oneResponsePerComment() {
        List<Comment> cs = thread(
                "1|1 09:00|A.", "1.1|1 09:10|B.", "1.2|1 09:20|C.", "2|1 09:30|D.", "2.1|1 09:40|E.");
        ThreadLinks links = link(cs);
        assertEquals(cs.size(), links.responses().size());
        for (int i = 0; i < cs.size(); i++) {
            assertEquals(cs.get(i).id(), links.responses().get(i).fromId());
        }
        assertTrue(link(List.of()).responses().isEmpty());
    }

    // ---- validation ----

    @Test
    void validatesItsInputs() {
        List<Comment> cs = thread("1|1 09:00|A.");
        Comment other = new Comment("x", "another-post", null, 1, "1", new Author("Anonymous", null, false), null,
                null, "text", false, 1);
        assertThrows(IllegalArgumentException.class, () -> link(List.of(other)));
        assertThrows(IllegalArgumentException.class, () -> link(List.of(cs.get(0), cs.get(0))));
        assertThrows(NullPointerException.class, () -> new CueReplyLinker().link(null, cs));
        assertThrows(NullPointerException.class, () -> new CueReplyLinker().link(POST, null));
        assertThrows(IllegalArgumentException.class, () -> new CueReplyLinker(-0.1));
        assertThrows(IllegalArgumentException.class, () -> new CueReplyLinker(Double.NaN));
        Inference why = new Inference("clock-inference", 0.5, "because");
        assertThrows(IllegalArgumentException.class, () -> new InferredClock("c1", "24:00", why));
        assertThrows(IllegalArgumentException.class, () -> new InferredClock("c1", "9:05", why));
        assertThrows(NullPointerException.class, () -> new ThreadLinks(null, List.of(), List.of()));
        assertEquals(List.of(), new ThreadLinks(new ArrayList<>(), List.of(), List.of()).responses());
        assertTrue(ReplyLinker.standard() instanceof CueReplyLinker);
    }
}
