package io.wirestream.enrich.quantities;

/** What a quantity measures. */
public enum QuantityKind {
    /** A number of things: "600 troops". */
    COUNT,
    /** A percentage: "2.5 percent", "3%". */
    PERCENT,
    /** An amount of money, with a currency: "€3 million". */
    MONEY
}
