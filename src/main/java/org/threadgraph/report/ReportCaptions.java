package org.threadgraph.report;

import org.threadgraph.render.Captions;
import org.threadgraph.store.ReportReader.CampRef;
import org.threadgraph.store.ReportReader.ParticipantRef;

/** The shared {@link Captions} applied to what the report reader returns. */
final class ReportCaptions {

    private ReportCaptions() {
    }

    /** Returns the caption of a participant, e.g. {@code Anonymous, 21:54 on "TR Is Crap Says Research"}. */
    static String participant(ParticipantRef p) {
        return Captions.writer(p.name(), p.firstClock(), p.firstLabel(), p.firstPost());
    }

    /** Returns the caption of a camp: what it defends and attacks, else its words. */
    static String camp(CampRef k) {
        return Captions.camp(k.name(), k.defends(), k.attacks(), k.terms());
    }
}
