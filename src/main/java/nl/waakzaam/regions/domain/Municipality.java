package nl.waakzaam.regions.domain;

/** A municipality (gemeente) by its CBS code and official name, and the region it belongs to. */
public record Municipality(String code, String name, Region region) {}
