package org.threadgraph.export;

/** The file formats {@code threadgraph export} writes. */
public enum ExportFormat {
    /** GraphML with typed attribute keys (Gephi, yEd, NetworkX, igraph). */
    graphml,
    /** GEXF 1.2 with typed attributes (Gephi). */
    gexf,
    /** Graphviz DOT, coloured by camp and stance. */
    dot,
    /** Cytoscape.js elements JSON. */
    json,
    /** CSV files for {@code neo4j-admin database import}, written into a folder. */
    csv
}
