/**
 * Benchmarks anyone can rerun: a generator that writes a benchmark organisation straight into
 * PostgreSQL, and drivers that measure production code paths against their naive baselines in
 * the same run, so the results are ratios that hold on a noisy machine.
 */
package org.agora.bench;
