package org.threadgraph.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Blog;
import org.threadgraph.model.PostReference;

class ReferenceFinderTest {

    private static final Blog BLOG = Blog.ofUrl("https://probationmatters.blogspot.com/");
    private static final String POST = "https://probationmatters.blogspot.com/2010/09/send-for-army.html";
    private final ReferenceFinder finder = new ReferenceFinder();

    @Test
    void seed002LinksAndCitesAnEarlierPost() {
        SeedTexts.Seed seed = SeedTexts.read("002");
        List<PostReference> refs = new ArrayList<>();
        for (SeedTexts.Text t : seed.comments()) {
            refs.addAll(finder.find(t.id(), t.text(), BLOG));
        }
        refs.addAll(finder.find("002", seed.body(), BLOG));
        assertTrue(refs.stream().anyMatch(r -> POST.equals(r.url())
                && r.evidence().equals("https://probationmatters.blogspot.com/2010/09/send-for-army.html")), refs.toString());
        PostReference cited = refs.stream().filter(r -> "Send For the Army".equals(r.title())).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2010, 9, 19), cited.date());
        assertEquals("Sunday, 19 September 2010 Send For the Army", cited.evidence());
        PostReference nextLine = refs.stream().filter(r -> LocalDate.of(2018, 4, 17).equals(r.date())).findFirst()
                .orElseThrow();
        assertEquals("Glenys Told Off and Rory's Homework", nextLine.title(), "a date header with the title below it");
        assertEquals(3, refs.size(), "links to russellwebster.com, gov.uk and lrb.co.uk are not post references: " + refs);
    }

    @Test
    void everySeedTextGivesOnlyTheThreeReferencesOfSeed002() {
        int count = 0;
        for (SeedTexts.Seed s : SeedTexts.all()) {
            count += finder.find(s.name(), s.body(), BLOG).size();
            for (SeedTexts.Text t : s.comments()) {
                count += finder.find(t.id(), t.text(), BLOG).size();
            }
        }
        assertEquals(3, count);
    }

    @Test
    void everyFormOfAPostAddressGivesOneUrl() {
        for (String link : List.of(
                "http://probationmatters.blogspot.com/2010/09/send-for-army.html",
                "https://probationmatters.blogspot.com/2010/09/send-for-army.html?m=1",
                "https://probationmatters.blogspot.com/2010/09/send-for-army.html?m=0",
                "https://probationmatters.blogspot.com/2010/09/send-for-army.html?showComment=1284930000000#c123456",
                "https://probationmatters.blogspot.com/2010/09/send-for-army.html#c5550123",
                "https://m.probationmatters.blogspot.com/2010/09/send-for-army.html",
                "https://www.probationmatters.blogspot.com/2010/09/send-for-army.html",
                "http://probationmatters.blogspot.co.uk/2010/09/send-for-army.html?m=1",
                "https://probationmatters.blogspot.de/2010/09/send-for-army.html",
                "probationmatters.blogspot.com/2010/09/send-for-army.html",
                "HTTPS://ProbationMatters.Blogspot.COM/2010/09/send-for-army.html",
                "https://www.google.com/url?sa=t&url=https%3A%2F%2Fprobationmatters.blogspot.com%2F2010%2F09%2Fsend-for-army.html%3Fm%3D1",
                "https://probationmatters-blogspot-com.cdn.ampproject.org/c/s/probationmatters.blogspot.com/2010/09/send-for-army.html?amp=1")) {
            List<PostReference> refs = finder.find("c1", "See (" + link + "), it's all there.", BLOG);
            assertEquals(1, refs.size(), link);
            assertEquals(POST, refs.get(0).url(), link);
        }
        Blog mobile = Blog.ofUrl("http://m.probationmatters.blogspot.co.uk/");
        assertEquals(POST, finder.find("c1", POST, mobile).get(0).url(), "the blog's own key is normalised too");
        assertEquals("https://blog.example.org/2019/06/a-post.html", finder.find("c1",
                "http://www.blog.example.org/2019/06/a-post.html?m=1", Blog.ofUrl("https://blog.example.org/")).get(0).url(),
                "a blog on its own domain");
    }

    @Test
    void otherSitesAndNonPostPagesAreNotReferences() {
        for (String text : List.of(
                "http://www.russellwebster.com/what-do-service-users-think-of-new-probation/",
                "https://otherblog.blogspot.com/2010/09/send-for-army.html",
                "https://probationmatters.blogspot.com/",
                "https://probationmatters.blogspot.com/search/label/Napo",
                "https://probationmatters.blogspot.com/2010/09/",
                "https://probationmatters.blogspot.com/feeds/posts/default",
                "on Sunday, 19 September 2010 we all went to the seaside and nobody noticed",
                "19 September 2010 Send For the Army")) {
            assertEquals(List.of(), finder.find("c1", text, BLOG), text);
        }
        assertEquals(List.of(), finder.find("c1", POST, Blog.ofUrl("https://another.blogspot.com/")));
    }

    @Test
    void citationsTakeTheTitleUpToItsSeparator() {
        List<PostReference> refs = finder.find("c1",
                "Jim covered this on Monday, 3 June 2019 - \"Napo In Crisis\": worth a read. Also Sunday, 3 July 2022\n"
                        + "The Probation Treadmill\nand that was that.", BLOG);
        assertEquals(List.of("Napo In Crisis", "The Probation Treadmill"), refs.stream().map(PostReference::title).toList());
        assertEquals(Optional.of(LocalDate.of(2019, 6, 3)), Optional.ofNullable(refs.get(0).date()));
        assertEquals("TR Is Crap Says Research",
                finder.find("c1", "As posted:\nTuesday, 23 February 2016\n\nTR Is Crap Says Research\n\nToday sees", BLOG)
                        .get(0).title(), "a blank line between date header and title");
        assertEquals(List.of(), finder.find("c1", "Tuesday, 17 April 2018 Glenys told off Rory yesterday when", BLOG),
                "a sentence is not a title");
    }
}
