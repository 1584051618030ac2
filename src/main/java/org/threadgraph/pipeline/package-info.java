/**
 * The stages run in order, ingest → link → analyse, over a database: what the command line calls,
 * with typed results it prints and a listener for progress. No option parsing and no printing here.
 */
package org.threadgraph.pipeline;
