package io.wirestream.enrich.dates;

/** Whether a date expression names its day, month or year, or is relative to the story's own date. */
public enum DateKind {
    /** Names a day, month, weekday or year: "March 11", "in 1995", "on Saturday". */
    EXPLICIT,
    /** Counts from the story's date: "yesterday", "days ago", "last week", "next six months". */
    RELATIVE
}
