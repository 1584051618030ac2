package org.threadgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Comment;
import org.threadgraph.model.PostThread;

/**
 * Seed 002, the flattened copy, against the boundaries labelled by hand in
 * {@code devset/seed002-boundaries.txt}. A predicted comment matches a labelled one when its text
 * starts with the label's opening characters.
 */
class FlattenedSeedBoundariesTest {

    // The figures the parser reached when this test was written; they may rise, not fall.
    private static final double MIN_PRECISION = 1.0;
    private static final double MIN_RECALL = 0.90;
    private static final double MIN_STATUS_ACCURACY = 1.0;

    /** One hand-labelled comment. */
    private record Label(int line, boolean topLevel, String opening) {
    }

    @Test
    void readsTheFlattenedSeed() throws Exception {
        PostThread thread = TextCopies.readSeed(TextCopies.SEED_002);
        assertEquals("Napo Briefing Paper 1 Strengthening Probation, Building Confidence", thread.post().title());
        assertNull(thread.post().date());
        assertNull(thread.post().declaredCommentCount());
        assertEquals("text-flattened", thread.report().format());
        assertTrue(thread.post().bodyText().startsWith("INTRODUCTION\n"));
        assertTrue(thread.post().bodyText().endsWith("\nDean Rogers\nAssistant General Secretary"));
        assertEquals(45, thread.comments().size());
        assertEquals(12, TextCopySeedsTest.topLevel(thread));
        assertEquals(33, TextCopySeedsTest.replies(thread));
        assertTrue(thread.report().warnings().contains("line 33: the end of the post is not marked; first comment"
                + " guessed to start after \"Assistant General Secretary\""));
        for (Comment c : thread.comments()) {
            assertTrue(c.boundaryConfidence() < 1.0 && c.boundaryConfidence() >= 0.6, c.label());
            assertTrue(!c.text().startsWith("Delete") && !c.text().startsWith("ReplyDelete"), c.label());
        }
    }

    @Test
    void keepsReplyTextAndSignOffsWhereTheyBelong() throws Exception {
        PostThread thread = TextCopies.readSeed(TextCopies.SEED_002);
        Comment sketch = TextCopySeedsTest.byLabel(thread).get("3.1");
        assertTrue(sketch.text().startsWith("Almost everyone *shouting in unison*: This CRC parrot is dead."));
        assertEquals(TextCopySeedsTest.byLabel(thread).get("3").id(), sketch.parentId());
        Comment getafix = TextCopySeedsTest.byLabel(thread).get("11.1");
        assertTrue(getafix.text().endsWith("rory-stewart-blog\n'Getafix"), getafix.text());
        assertEquals(FlattenedThreadParser.GUESSED, getafix.boundaryConfidence());
        assertTrue(thread.report().warnings().stream().anyMatch(w -> w.startsWith("line 67: ")));
        assertTrue(thread.report().warnings().stream().anyMatch(w -> w.startsWith("line 79: ")));
    }

    @Test
    void boundaryPrecisionAndRecallAgainstHandLabels() throws Exception {
        List<Label> labels = labels();
        assertEquals(50, labels.size(), "hand count of seed 002's comments");
        List<Comment> predicted = new ArrayList<>(TextCopies.readSeed(TextCopies.SEED_002).comments());

        int matched = 0;
        int statusRight = 0;
        List<Integer> missed = new ArrayList<>();
        for (Label label : labels) {
            Comment hit = predicted.stream().filter(c -> c.text().startsWith(label.opening())).findFirst().orElse(null);
            if (hit == null) {
                missed.add(label.line());
                continue;
            }
            predicted.remove(hit);
            matched++;
            if (hit.isReply() != label.topLevel()) {
                statusRight++;
            }
        }
        int predictedCount = matched + predicted.size();
        double precision = (double) matched / predictedCount;
        double recall = (double) matched / labels.size();
        double statusAccuracy = (double) statusRight / matched;
        System.out.printf("seed 002 boundaries: %d labelled, %d predicted, %d matched; precision %.3f, recall %.3f,"
                + " top-level/reply right on %.3f of matches; missed label lines %s; unmatched predictions %s%n",
                labels.size(), predictedCount, matched, precision, recall, statusAccuracy, missed,
                predicted.stream().map(Comment::label).toList());

        assertTrue(precision >= MIN_PRECISION, "precision " + precision);
        assertTrue(recall >= MIN_RECALL, "recall " + recall);
        assertTrue(statusAccuracy >= MIN_STATUS_ACCURACY, "top-level/reply accuracy " + statusAccuracy);
    }

    private static List<Label> labels() {
        List<Label> labels = new ArrayList<>();
        for (String row : TextCopies.resource("/devset/seed002-boundaries.txt").split("\n")) {
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] fields = row.split("\t", 3);
            labels.add(new Label(Integer.parseInt(fields[0]), fields[1].startsWith("T"), fields[2].strip()));
        }
        return labels;
    }
}
