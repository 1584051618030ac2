package org.threadgraph.bench;

import java.util.SplittableRandom;

/**
 * Word lists the generated comments are assembled from: a subject, a claim and a tail make a
 * sentence, so that a few hundred fragments give millions of different sentences. Written for the
 * benchmark; the organisations and people are those the bundled gazetteer knows, so the mention
 * finder has work to do.
 */
final class Phrases {

    static final String[] ORGANISATIONS = {"Napo", "the MoJ", "the CRC", "CRCs", "HMPPS", "the NPS", "Unison",
        "the Probation Institute", "HM Inspectorate of Probation", "the Parole Board", "Serco", "Sodexo",
        "the Justice Select Committee", "Working Links", "the Ministry of Justice", "the Home Office"};
    static final String[] PEOPLE = {"Chris Grayling", "Rory Stewart", "David Gauke", "Frances Crook",
        "Russell Webster", "Dean Rogers", "Ian Lawrence", "Michael Spurr", "Glenys Stacey", "Justin Russell"};
    private static final String[] SUBJECTS = {"Management", "Our office", "Every PO I know", "The new model",
        "Senior leadership", "Half my team", "The union", "Nobody in this building", "The inspection report",
        "The latest survey", "My line manager", "Court staff", "The regional director", "New starters",
        "The agency staff", "Anyone who has done the job"};
    private static final String[] CLAIMS = {"has no idea what a caseload of ninety looks like",
        "keeps promising more staff next year", "cannot explain where the money went",
        "thinks OASys is the job", "has been saying the same thing since 2014", "is counting boxes, not people",
        "forgot that supervision is about relationships", "was warned about all of this at the start",
        "is running on goodwill and overtime", "knows the targets are fiction",
        "treats sickness absence as a performance issue", "still cannot get the laptops to work",
        "wants court reports written in forty minutes", "sees risk assessment as a form to fill",
        "pretends the unification went smoothly", "has lost more experience than it can replace",
        "talks about wellbeing and then cuts the budget", "never reads what front line staff write here"};
    private static final String[] TAILS = {"", " and it shows.", " and nobody is listening.", " again.",
        " while the public pays the price.", " and we are expected to smile about it.", " according to the rumour mill.",
        " - what a mess.", " and that is the scandal.", " in my experience anyway."};
    private static final String[] ENTITY_CLAIMS = {"{e} sold us out over TR", "{e} should have fought harder",
        "{e} was right to raise this", "{e} has gone very quiet lately", "{e} will blame the staff, as always",
        "{e} deserves some credit for the pay award", "{e} never understood probation", "I trust {e} less every year",
        "{e} is part of the problem", "{e} has done more for us than anyone"};
    static final String[] AGREE = {"I agree.", "Well said.", "Couldn't agree more.", "Spot on.", "Agreed, every word.",
        "You are absolutely right.", "Hit the nail on the head.", "My thoughts exactly.", "Same here."};
    static final String[] DISAGREE = {"I disagree.", "Not true.", "Rubbish.", "No, that's not what happened.",
        "That is simply not the case.", "Nonsense.", "You're wrong there.", "I don't accept that at all."};
    private static final String[] CLOCK_OPENERS = {"%s Your comment is spot on.", "Anon %s I agree.",
        "%s I couldn't disagree more.", "@%s exactly what I was thinking.", "To %s - have you actually worked in a CRC?",
        "Anon %s you are not wrong."};
    private static final String[] LINK_LEADS = {"There was a post about this here: ", "Same story as before: ",
        "See the earlier thread ", "This was all predicted at "};
    private static final String[] TITLE_HEADS = {"Caseloads Keep Rising", "Pay Offer Rejected", "Unification Blues",
        "Another Inspection", "Staff Survey Results", "The Probation Treadmill", "Napo Conference Motion",
        "Recruitment Crisis", "Court Delays", "Tagging Contract", "Approved Premises", "Sickness Absence",
        "Training Targets", "Reorganisation Again", "Parole Board Changes", "Contract Ends", "Union Ballot",
        "Budget Cuts", "New Operating Model", "Who Is Listening"};
    private static final String[] BODY = {"A reader sent me the following, which speaks for itself.",
        "Here is the latest from the press office, with my comments.",
        "The figures were published this week and make grim reading.",
        "I have been asked to share this on behalf of colleagues in the region.",
        "This landed in my inbox and I think it deserves a wider audience."};

    private Phrases() {
    }

    /** Returns a sentence of subject, claim and tail, perhaps about a named organisation or person. */
    static String sentence(SplittableRandom r, double mentionChance) {
        if (r.nextDouble() < mentionChance) {
            String entity = r.nextDouble() < 0.7 ? pick(r, ORGANISATIONS) : pick(r, PEOPLE);
            String claim = pick(r, ENTITY_CLAIMS).replace("{e}", entity);
            return Character.toUpperCase(claim.charAt(0)) + claim.substring(1) + ".";
        }
        String tail = pick(r, TAILS);
        return pick(r, SUBJECTS) + " " + pick(r, CLAIMS) + (tail.isEmpty() ? "." : tail);
    }

    /** Returns an opening that answers a comment by the clock time it was shown at ("21:54"). */
    static String clockOpener(SplittableRandom r, String clock) {
        return String.format(pick(r, CLOCK_OPENERS), clock);
    }

    /** Returns the lead-in of a link to another post. */
    static String linkLead(SplittableRandom r) {
        return pick(r, LINK_LEADS);
    }

    /** Returns a post title: a head, a "Pick of the Week" every seventh post. */
    static String title(SplittableRandom r, int index) {
        if (index % 7 == 6) {
            return "Pick of the Week " + (index / 7 + 1);
        }
        return pick(r, TITLE_HEADS);
    }

    /** Returns a post body of a lead sentence and a few comment-like sentences. */
    static String body(SplittableRandom r) {
        StringBuilder b = new StringBuilder(pick(r, BODY));
        int sentences = 2 + r.nextInt(4);
        for (int i = 0; i < sentences; i++) {
            b.append(' ').append(sentence(r, 0.4));
        }
        return b.toString();
    }

    static String pick(SplittableRandom r, String[] words) {
        return words[r.nextInt(words.length)];
    }
}
