package org.threadgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The people of a generated blog: its owner, a fixed set of named Blogger profiles and of
 * anonymous commenters who sign off with a handle, each reused across posts (a few regulars write
 * much of a blog), and the plain anonymous majority. Built from the seed alone, so every post sees
 * the same people.
 */
final class Cast {

    private static final String[] NAME_FIRST = {"Weary", "Old", "Northern", "Retired", "Angry", "Former", "Hopeful",
        "Cynical", "Welsh", "Midlands", "Yorkshire", "Honest", "Tired", "London", "Quiet", "Long-serving"};
    private static final String[] NAME_SECOND = {"PO", "PSO", "Lag", "Officer", "Manager", "Timer", "Practitioner",
        "Reader", "Observer", "Unionist", "Veteran", "Trainee"};
    private static final String[] HANDLES = {"'Kestrel", "'Bramble", "'Wrenfield", "- Dunmore", "'Larkspur",
        "- Hollis", "'Tamsin", "~Corvid", "'Pennant", "- Marram", "'Quillon", "'Saltmarsh", "- Alder", "'Thistle",
        "'Ravelin", "- Brackwater"};
    private static final int PROFILES = 48;

    private final Persona owner;
    private final List<Persona> profiles = new ArrayList<>();
    private final List<Persona> signed = new ArrayList<>();
    private final BlogShape shape;

    Cast(long seed, BlogShape shape) {
        this.shape = shape;
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EEDCA57L);
        owner = new Persona("The Editor", profileId(random), true, null);
        for (int i = 0; i < PROFILES; i++) {
            String name = NAME_FIRST[i % NAME_FIRST.length] + " " + NAME_SECOND[(i * 7 + i / NAME_FIRST.length)
                    % NAME_SECOND.length];
            profiles.add(new Persona(name, profileId(random), false, null));
        }
        for (String handle : HANDLES) {
            signed.add(new Persona(Persona.ANONYMOUS, null, false, handle));
        }
    }

    /** Returns the blog's owner. */
    Persona owner() {
        return owner;
    }

    /**
     * Draws the writer of one comment. Regulars are drawn with Zipf-like weights (the first few
     * write most), as on a real blog.
     */
    Persona draw(SplittableRandom random) {
        double u = random.nextDouble();
        if (u < shape.ownerShare()) {
            return owner;
        }
        u -= shape.ownerShare();
        if (u < shape.profileShare()) {
            return profiles.get(zipf(random, profiles.size()));
        }
        u -= shape.profileShare();
        if (u < shape.signedShare()) {
            return signed.get(zipf(random, signed.size()));
        }
        return new Persona(Persona.ANONYMOUS, null, false, null);
    }

    /** Returns an index in [0, n) with probability proportional to 1 / (index + 1). */
    private static int zipf(SplittableRandom random, int n) {
        double harmonic = 0;
        for (int i = 1; i <= n; i++) {
            harmonic += 1.0 / i;
        }
        double target = random.nextDouble() * harmonic;
        for (int i = 1; i <= n; i++) {
            target -= 1.0 / i;
            if (target <= 0) {
                return i - 1;
            }
        }
        return n - 1;
    }

    private static String profileId(SplittableRandom random) {
        return String.format("%020d", random.nextLong(10_000_000_000_000_000L, 99_999_999_999_999_999L));
    }
}
