/** Benchmark drivers run by the scripts in {@code bench/} against a running platform; not tests. */
package nl.waakzaam.bench;
