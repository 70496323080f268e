package org.agora.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * What the benchmark reads of the node's process on this machine: its CPU time, its memory after
 * a full collection, how many files it may open, and diagnostic commands ({@code jcmd}). A node of
 * unknown process ({@code -Dbench.url} without {@code -Dbench.node.pid}) answers null and "unknown".
 */
final class NodeProbe {

  private final ProcessHandle process;

  NodeProbe(ProcessHandle process) {
    this.process = process;
  }

  String pid() {
    return process == null ? "unknown" : String.valueOf(process.pid());
  }

  /** The node JVM's CPU time so far, every thread, user and system; null when its process is unknown. */
  Duration cpu() {
    return process == null ? null : process.info().totalCpuDuration().orElse(null);
  }

  /** Waits until the node uses less than a tenth of a core over two seconds (at most a minute). */
  void awaitIdle() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    Duration before = cpu();
    while (System.nanoTime() < deadline) {
      Thread.sleep(2000);
      Duration now = cpu();
      if (before == null || now.minus(before).toMillis() < 200) {
        System.out.printf(Locale.ROOT, "node idle (%s ms CPU in the last 2 s)%n",
            before == null ? "?" : now.minus(before).toMillis());
        return;
      }
      before = now;
    }
    System.out.println("node not idle after 60 s; measuring anyway");
  }

  /** Resident memory, threads, and the heap in use after a full collection: what the open streams hold. */
  String memory() {
    if (process == null) {
      return "unknown process";
    }
    StringBuilder out = new StringBuilder();
    try {
      Files.readAllLines(Path.of("/proc", pid(), "status")).stream()
          .filter(l -> l.startsWith("VmRSS") || l.startsWith("Threads"))
          .forEach(l -> out.append(l.replaceAll("\\s+", " ")).append("; "));
      jcmd("GC.run");
      Process heap = new ProcessBuilder(jcmdCommand("GC.heap_info")).redirectErrorStream(true).start();
      out.append(new String(heap.getInputStream().readAllBytes()).lines()
          .filter(l -> l.contains("total") && l.contains("used")).findFirst().orElse("").strip());
      heap.waitFor(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      out.append(e);
    }
    return out.toString();
  }

  /** Runs a diagnostic command in the node and waits for it; nothing for an unknown process. */
  void jcmd(String... command) throws Exception {
    if (process != null) {
      new ProcessBuilder(jcmdCommand(command)).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(60, TimeUnit.SECONDS);
    }
  }

  private List<String> jcmdCommand(String... command) {
    List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), pid()));
    line.addAll(List.of(command));
    return line;
  }

  /** Each side holds one socket per stream: refuses to go on when the process may not open that many files. */
  static void checkOpenFiles(String who, ProcessHandle process, int streams) throws Exception {
    String limit = Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "limits")).stream()
        .filter(l -> l.startsWith("Max open files")).findFirst().orElse("")
        .replace("Max open files", "").strip().split("\\s+")[0];
    System.out.printf(Locale.ROOT, "open files allowed for %s: %s%n", who, limit);
    if (!limit.equals("unlimited") && !limit.isEmpty() && Long.parseLong(limit) < streams + 1024L) {
      throw new IllegalStateException(who + " may open " + limit + " files, too few for " + streams
          + " streams: raise ulimit -n (soft and hard) before starting the benchmark");
    }
  }
}
