package org.threadgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small readers every Blogger source shares: clocks, instants, ids, profile URLs, plain text. */
class BloggerTimesAndIdsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "23 February 2016 at 21:54 | 21:54",
            "24 February 2016 at 10:26 | 10:26",
            "July 13, 2015 at 2:39 AM | 02:39",
            "February 2, 2015 at 3:36 PM | 15:36",
            "July 4, 2022 at 12:05 AM | 00:05",
            "July 4, 2022 at 12:30 PM | 12:30",
            "12:21 PM | 12:21",
            "30/12/14 2:07 a.\u00a0m. | 02:07",
            "30/12/14 9:07 p. m. | 21:07",
            "2. marca 2017 o 6:57 | 06:57",
            "12.01.2016 10:26 | 10:26"})
    void readsVisibleClocks(String text, String clock) {
        assertEquals(clock, Clocks.parse(text));
    }

    @Test
    void clockIsAbsentWhenTextShowsNone() {
        assertNull(Clocks.parse("23 February 2016"));
        assertNull(Clocks.parse(null));
    }

    @Test
    void derivesClockInTheBlogZone() {
        Instant summer = Instant.parse("2022-07-03T23:05:15.013Z");
        assertEquals("00:05", Clocks.of(summer, ZoneId.of("Europe/London")));
        assertEquals("23:05", Clocks.of(summer, ZoneId.of("UTC")));
    }

    @Test
    void readsRfc3339WithOffsetsAndWithoutMillis() {
        assertEquals(Instant.parse("2016-02-24T10:26:56.381Z"), Clocks.instant("2016-02-24T10:26:56.381+00:00"));
        assertEquals(Instant.parse("2017-03-02T05:57:58.040Z"), Clocks.instant("2017-03-02T06:57:58.040+01:00"));
        assertEquals(Instant.parse("2011-05-11T19:46:00Z"), Clocks.instant("2011-05-11T19:46:00Z"));
        assertNull(Clocks.instant("yesterday"));
    }

    @Test
    void keepsLongIdsAsStrings() {
        assertEquals("9200761938824362519", BloggerIds.afterPost("tag:blogger.com,1999:blog-2399953.post-9200761938824362519"));
        assertEquals("5018843112046671093",
                BloggerIds.commentsFeedPostId("tag:blogger.com,1999:blog-3416740238526591238.post5018843112046671093..comments"));
        assertEquals("8826301161472408582", BloggerIds.lastSegmentId(
                "https://www.blogger.com/feeds/3416740238526591238/5018843112046671093/comments/default/8826301161472408582?v=2"));
        assertEquals(1456264454532L, BloggerIds.showCommentMillis(
                "https://probationmatters.blogspot.com/2016/02/x.html?showComment=1456264454532#c4322672846649678958"));
        assertEquals("4322672846649678958", BloggerIds.anchorCommentId("x.html?showComment=1#c4322672846649678958"));
    }

    @Test
    void tellsPostFeedsFromTheBlogsCommentsFeed() {
        assertEquals("22", BloggerIds.feedUrlPostId("https://www.blogger.com/feeds/11/22/comments/default"));
        assertEquals("22", BloggerIds.feedUrlPostId("https://x.blogspot.com/feeds/22/comments/default"));
        assertNull(BloggerIds.feedUrlPostId("https://www.blogger.com/feeds/11/comments/default"));
    }

    @Test
    void normalisesBloggerProfiles() {
        String p = "https://www.blogger.com/profile/04917702337526468120";
        assertEquals(p, BloggerIds.profileUrl("http://www.blogger.com/profile/04917702337526468120"));
        assertEquals(p, BloggerIds.profileUrl("//www.blogger.com/profile/04917702337526468120"));
        assertEquals(p, BloggerIds.profileUrl("https://draft.blogger.com/profile/04917702337526468120?hl=en"));
        assertEquals("https://example.org/me", BloggerIds.profileUrl(" https://example.org/me "));
        assertNull(BloggerIds.profileUrl(""));
    }

    @Test
    void turnsHtmlIntoPlainText() {
        assertEquals("a\nb\n\nc &", HtmlText.ofHtml("a<br />b<br /><br /><br />c &amp;"));
        assertEquals("one two\nthree", HtmlText.ofHtml("<p>one\n  two</p><p>three</p>"));
        assertEquals("", HtmlText.ofHtml(null));
    }

    @Test
    void stripsSaidFromLegacyAuthorLines() {
        assertEquals("Anonymous", HtmlComments.stripSaid("Anonymous said..."));
        assertEquals("Jim Brown", HtmlComments.stripSaid("Jim Brown said…"));
        assertEquals("Anónimo", HtmlComments.stripSaid("Anónimo dijo..."));
    }
}
