package org.threadgraph.sources.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** robots.txt read as RFC 9309 says, for threadgraph's product token. */
class RobotsTxtTest {

    private static RobotsTxt parse(String body) {
        return RobotsTxt.parse(body, FetchPolicy.PRODUCT_TOKEN);
    }

    @Test
    void theStarGroupAppliesWhenNoGroupNamesThreadgraph() {
        RobotsTxt r = parse("User-agent: Googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /search\n");
        assertEquals("Disallow: /search", r.disallowing("/search?q=probation"));
        assertNull(r.disallowing("/feeds/posts/default?alt=json"));
    }

    @Test
    void aGroupNamingThreadgraphWinsOverTheStarGroupWhateverTheCase() {
        RobotsTxt r = parse("User-agent: *\nDisallow: /\n\nuser-agent: ThreadGraph # us\nDisallow: /private\n");
        assertNull(r.disallowing("/feeds/posts/default"));
        assertEquals("Disallow: /private", r.disallowing("/private/x"));
    }

    @Test
    void groupsForTheSameAgentAreCombinedAndConsecutiveAgentLinesShareRules() {
        RobotsTxt r = parse("User-agent: threadgraph\nDisallow: /a\n\nUser-agent: other\nUser-agent: threadgraph\n"
                + "Disallow: /b\n");
        assertEquals("Disallow: /a", r.disallowing("/a"));
        assertEquals("Disallow: /b", r.disallowing("/b"));
        assertNull(r.disallowing("/c"));
    }

    @Test
    void theLongestMatchWinsAndAllowWinsATie() {
        RobotsTxt r = parse("User-agent: *\nDisallow: /feeds/\nAllow: /feeds/posts/\nAllow: /p\nDisallow: /p\n");
        assertNull(r.disallowing("/feeds/posts/default"));
        assertEquals("Disallow: /feeds/", r.disallowing("/feeds/123/comments/default"));
        assertNull(r.disallowing("/p"));
    }

    @Test
    void wildcardsAndTheEndAnchorMatch() {
        RobotsTxt r = parse("User-agent: *\nDisallow: /*/comments/\nDisallow: /*.html$\n");
        assertEquals("Disallow: /*/comments/", r.disallowing("/feeds/123/comments/default"));
        assertEquals("Disallow: /*.html$", r.disallowing("/2016/02/x.html"));
        assertNull(r.disallowing("/2016/02/x.html?m=1"));
        assertTrue(RobotsTxt.matches("/a*b*c", "/axxbyyc/d"));
        assertFalse(RobotsTxt.matches("/a*b*c$", "/axxbyycd"));
    }

    @Test
    void anEmptyDisallowNoGroupAndNoRulesAllowEverything() {
        assertNull(parse("User-agent: *\nDisallow:\n").disallowing("/feeds/posts/default"));
        assertNull(parse("Disallow: /\n").disallowing("/x"), "rules before any User-agent line belong to no group");
        assertNull(parse("").disallowing("/"));
        assertNull(parse("<html>not a robots.txt</html>").disallowing("/"));
    }

    @Test
    void disallowingEverythingStillAllowsRobotsTxtItself() {
        RobotsTxt r = parse("User-agent: *\r\nDisallow: /\r\n");
        assertEquals("Disallow: /", r.disallowing("/"));
        assertEquals("Disallow: /", r.disallowing("/feeds/posts/default?alt=json"));
        assertNull(r.disallowing("/robots.txt"));
    }

    @Test
    void anUnreachableRobotsTxtDisallowsEverythingAndSaysWhy() {
        RobotsTxt r = RobotsTxt.unreachable("HTTP 503");
        assertEquals("HTTP 503", r.unreadable());
        assertEquals("Disallow: /", r.disallowing("/feeds/posts/default"));
        assertNull(RobotsTxt.allowAll().disallowing("/anything"));
    }

    @Test
    void nonAsciiRulesArePercentEncodedToMatchEncodedPaths() {
        RobotsTxt r = parse("User-agent: *\nDisallow: /caf\u00e9\n");
        assertEquals("Disallow: /caf%C3%A9", r.disallowing("/caf%C3%A9/menu"));
    }
}
