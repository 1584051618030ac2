package org.threadgraph.render;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The colours every view of the graph shares: one per camp, and green, red and grey for agreeing,
 * disagreeing and neutral responses. Camp colours avoid green and red so they never read as stances.
 */
public final class Palette {

    /** Colour of an agreeing response. */
    public static final String AGREE = "#2e7d32";
    /** Colour of a disagreeing response. */
    public static final String DISAGREE = "#c62828";
    /** Colour of a neutral response, or one whose stance is unknown. */
    public static final String NEUTRAL = "#9e9e9e";
    /** Colour of a structural (REPLY_TO) edge, drawn dashed. */
    public static final String STRUCTURAL = "#607d8b";
    /** Fill of a comment or participant in no camp. */
    public static final String NO_CAMP = "#e0e0e0";
    /** Colour of activity (comments over time) in charts. */
    public static final String ACTIVITY = "#1f77b4";
    /** Colour of a stance nobody classified, in charts. */
    public static final String UNKNOWN = "#cfd8dc";
    /** Fill of the post itself. */
    public static final String POST = "#37474f";

    private static final String[] CAMPS = {"#1f77b4", "#ff7f0e", "#9467bd", "#17becf", "#e377c2", "#8c564b",
        "#bcbd22", "#3f51b5", "#f4a261", "#6d4c41"};

    private Palette() {
    }

    /** Returns the colour of a stance ({@code agree}, {@code disagree}; anything else is neutral). */
    public static String stance(Object stance) {
        if ("agree".equals(stance)) {
            return AGREE;
        }
        return "disagree".equals(stance) ? DISAGREE : NEUTRAL;
    }

    /**
     * Returns a colour for each camp, assigned in the camps' sorted order so that the same camps get
     * the same colours in every export, view and report; nulls are left out.
     */
    public static Map<String, String> camps(Collection<?> camps) {
        Map<String, String> colours = new LinkedHashMap<>();
        TreeSet<String> sorted = new TreeSet<>();
        camps.stream().filter(Objects::nonNull).map(String::valueOf).forEach(sorted::add);
        int i = 0;
        for (String camp : sorted) {
            colours.put(camp, CAMPS[i++ % CAMPS.length]);
        }
        return colours;
    }
}
