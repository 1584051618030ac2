package org.threadgraph.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Neo4j Browser guide: a slide per query, its parameter block and query runnable, all text escaped. */
class BrowserGuideTest {

    private static final BrowserGuide.Param LIMIT_10 = new BrowserGuide.Param("limit", "how many", "10", "10");
    private static final BrowserGuide.Param LIMIT_3 = new BrowserGuide.Param("limit", "how many", "3", "3");
    private static final BrowserGuide.Param WHO = new BrowserGuide.Param("who", "a <name>", "anyone", "'x'");

    private static final BrowserGuide GUIDE = new BrowserGuide(List.of(
            new BrowserGuide.Query("plain", "no parameters & <b>no</b> markup", List.of(), "MATCH (n) RETURN n\n"),
            new BrowserGuide.Query("two", "with two", List.of(LIMIT_10, WHO),
                    "MATCH (n) WHERE n.x > 1 RETURN n LIMIT $limit"),
            new BrowserGuide.Query("three", "with one", List.of(LIMIT_3), "RETURN $limit")));

    @Test
    void eachQueryHasASlideAfterTheContents() {
        String html = GUIDE.html();
        assertTrue(html.contains("<title>" + BrowserGuide.TITLE + "</title>"), html);
        assertEquals(4, html.split("<slide>", -1).length - 1, html);
        assertTrue(html.contains("<li><b>plain</b>: no parameters &amp; &lt;b&gt;no&lt;/b&gt; markup</li>"), html);
        assertFalse(html.contains("<b>no</b>"), html);
    }

    @Test
    void aQueryWithParametersGetsABlockThatSetsTheirDefaultsAboveIt() {
        String html = GUIDE.html();
        assertTrue(html.contains("<li><code>$who</code>: a &lt;name&gt; (default: anyone)</li>"), html);
        assertTrue(html.contains("<pre mode=\"cypher\" class=\"runnable\">:param limit =&gt; 10;\n:param who =&gt; "
                + "&#39;x&#39;</pre>\n<pre mode=\"cypher\" class=\"runnable\">MATCH (n) WHERE n.x &gt; 1 RETURN n "
                + "LIMIT $limit</pre>"), html);
        String plain = html.substring(html.indexOf("<h3>plain</h3>"), html.indexOf("<h3>two</h3>"));
        assertEquals(1, plain.split("<pre ", -1).length - 1, plain);
    }

    @Test
    void connectingGivesEachParameterTheFirstQuerysDefault() {
        assertEquals(List.of("param limit => 10", "param who => 'x'"), GUIDE.connectCommands());
    }
}
