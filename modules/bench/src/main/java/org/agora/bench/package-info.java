/** Benchmarks and the generator of a benchmark organisation; they arrive with the benchmark issue. */
package org.agora.bench;
