package org.threadgraph.linking;

import org.junit.jupiter.api.Test;

class ExploreTest {
    @Test
    void explore() {
        MentionFinder f = new MentionFinder();
        for (SeedTexts.Seed s : SeedTexts.all()) {
            MentionContext ctx = f.contextOf(s.body(), s.commentTexts());
            System.out.println("=== " + s.name() + " " + s.title() + " ctx=" + ctx.named().stream().map(e -> e.key()).toList() + " handles=" + ctx.handles());
            System.out.println("BODY " + f.find("body", s.body(), ctx).stream().map(m -> m.entity().key() + "<" + m.evidence() + ">").toList());
            for (SeedTexts.Text t : s.readerTexts()) {
                System.out.println(t.id() + " [" + t.text().substring(0, Math.min(50, t.text().length())).replace('\n', ' ') + "] "
                        + f.find(t.id(), t.text(), ctx).stream().map(m -> m.entity().key() + "<" + m.evidence() + ">").toList()
                        + " signoff=" + Handles.signOff(t.text()).orElse("-"));
            }
        }
    }
}
