/**
 * The only package that talks to Neo4j: it starts the embedded database (or connects to an
 * external one), applies the schema, writes threads in batches and runs Cypher, always through the
 * Neo4j Java driver over Bolt so the same code serves an embedded database, a server or a cluster.
 */
package org.threadgraph.store;
