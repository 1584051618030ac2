package org.threadgraph.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A post or comment pointing at a post of the same blog: by link, or by citing its date and title
 * ("Sunday, 19 September 2010 Send For the Army").
 *
 * @param fromId   the citing post or comment
 * @param url      the normalised post URL (https, no query or fragment, desktop host), or null for a citation
 * @param date     the cited date, or null
 * @param title    the cited title, or null
 * @param evidence the link or the words as written
 */
public record PostReference(String fromId, String url, LocalDate date, String title, String evidence) {

    public PostReference {
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(evidence, "evidence");
    }
}
