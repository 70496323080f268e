package org.agora.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * The events reads of issue #26, on one node of its own with the demo company: a community's month
 * view with {@code -Dbench.occurrences} (500) occurrences, every page of {@code -Dbench.page} (1000,
 * the largest the API allows, so one request) read as one sample, as a member; and the calendar feed ({@code /me/calendar.ics?token=}) of a colleague who
 * answered YES to {@code -Dbench.attended} (200) events. Everything is created over the API as
 * colleagues would: a community, members joining, events scheduled in it (single ones and a few
 * weekly series of four), answers. Baselines in the same run, in the same rounds: the same month
 * view of a community without events, the feed of a colleague without events, and one event read
 * by its id. {@code -Dbench.samples} rounds (300) one after the other after {@code -Dbench.warmup}
 * rounds (30), then the same rounds shared by {@code -Dbench.clients} (4) clients at once (0 leaves
 * that pass out). Requests carry a personal access token: HTTP Basic would add a password hash to
 * each, which a signed-in session never pays. Targets (issue #26): p99 of both at most 100 ms.
 */
final class CalendarBenchmark {

  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
  private static final Pattern NEXT = Pattern.compile("\"next\":\"([^\"]+)\"");
  private static final Pattern ITEM = Pattern.compile("\"eventId\":");
  private static final Pattern FEED_TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
  private static final Pattern VEVENT = Pattern.compile("BEGIN:VEVENT");
  private static final double TARGET_MS = 100;
  private static final int SERIES_LENGTH = 4;

  private final int occurrences = Integer.getInteger("bench.occurrences", 500);
  private final int series = Integer.getInteger("bench.series", 20);
  private final int attended = Integer.getInteger("bench.attended", 200);
  private final int organisers = Integer.getInteger("bench.organisers", 8);
  private final int samples = Integer.getInteger("bench.samples", 300);
  private final int warmup = Integer.getInteger("bench.warmup", 30);
  private final int clients = Integer.getInteger("bench.clients", 4);
  private final int pageSize = Integer.getInteger("bench.page", 1000);
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private URI base;
  private String from;
  private String to;

  /** What one round reads, in order: the two cases of the issue and their baselines. */
  private enum Reading {
    MONTH("month view, " + Integer.getInteger("bench.occurrences", 500) + " occurrences"),
    MONTH_EMPTY("month view, no events (baseline)"),
    FEED("calendar feed, " + Integer.getInteger("bench.attended", 200) + " events"),
    FEED_EMPTY("calendar feed, no events (baseline)"),
    ONE_EVENT("one event by id (reference)");

    final String label;

    Reading(String label) {
      this.label = label;
    }
  }

  /** The setup's outcome: who reads what. */
  private record Setup(String reader, long busy, long empty, String feed, String emptyFeed, long oneEvent) {}

  /** One pass: a histogram per case, and one of the single page requests of the month view. */
  private record Pass(Map<Reading, Histogram> latency, Histogram pages) {
    static Pass create() {
      Map<Reading, Histogram> latency = new LinkedHashMap<>();
      for (Reading c : java.util.EnumSet.allOf(Reading.class)) {
        latency.put(c, new Histogram(60_000_000L, 3));
      }
      return new Pass(latency, new Histogram(60_000_000L, 3));
    }
  }

  void run() throws Exception {
    if (series * SERIES_LENGTH > occurrences || attended > occurrences - series * (SERIES_LENGTH - 1)) {
      throw new IllegalArgumentException("bench.series, bench.attended and bench.occurrences do not fit together");
    }
    LocalDate month = LocalDate.now(ZONE).plusMonths(1).withDayOfMonth(1);
    from = month.atStartOfDay(ZONE).toOffsetDateTime().toString();
    to = month.plusMonths(1).atStartOfDay(ZONE).toOffsetDateTime().toString();
    System.out.printf(Locale.ROOT, "calendar: month view of %s (%d occurrences, %d of them in %d weekly series), feed with %d"
        + " events; %d rounds after %d warm-up rounds, then %d clients at once%n",
        month.toString().substring(0, 7), occurrences, series * SERIES_LENGTH, series, attended, samples, warmup, clients);
    try (BenchNode node = BenchNode.start("calendar-bench", List.of("-Xmx1g",
        "-Dagora.limits.writes-per-minute=1000000", "-Dagora.limits.writes-per-minute-per-address=0"))) {
      base = node.base;
      long started = System.nanoTime();
      Setup setup = setup(node, month);
      System.out.printf(Locale.ROOT, "set up over the API in %.0f s%n", (System.nanoTime() - started) / 1e9);
      check(setup);
      Pass ignored = Pass.create();
      for (int i = 0; i < warmup; i++) {
        round(setup, ignored);
      }
      Pass sequential = Pass.create();
      for (int i = 0; i < samples; i++) {
        round(setup, sequential);
      }
      report("one client, " + samples + " rounds", sequential, true);
      if (clients > 1) {
        Pass concurrent = Pass.create();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
          int share = samples / clients + (c < samples % clients ? 1 : 0);
          work.add(pool.submit(() -> {
            for (int i = 0; i < share; i++) {
              round(setup, concurrent);
            }
            return null;
          }));
        }
        for (Future<?> f : work) {
          f.get();
        }
        pool.shutdown();
        report(clients + " clients at once, " + samples + " rounds in all", concurrent, false);
      }
    }
  }

  /**
   * A community of colleagues with the month's events, a community without events, and two
   * colleagues whose feeds start empty: one answers YES to {@code attended} events and reads both
   * month views, the other is the feed baseline.
   */
  private Setup setup(BenchNode node, LocalDate month) throws Exception {
    List<String> usernames = new ArrayList<>(node.people().keySet());
    Map<String, String> tokens = new LinkedHashMap<>();
    List<String> quiet = new ArrayList<>();
    Map<String, String> feeds = new LinkedHashMap<>();
    for (int i = usernames.size() - 1; i >= 0 && quiet.size() < 2; i--) {
      String username = usernames.get(i);
      String token = node.token(username);
      tokens.put(username, token);
      String feed = feedToken(token);
      if (count(VEVENT, get(null, "api/v1/me/calendar.ics?token=" + encode(feed))) == 0) {
        quiet.add(username);
        feeds.put(username, feed);
      }
    }
    if (quiet.size() < 2) {
      throw new IllegalStateException("fewer than two demo colleagues without events");
    }
    String reader = tokens.get(quiet.get(0));
    List<String> organising = new ArrayList<>();
    for (String username : usernames) {
      if (organising.size() < organisers && !quiet.contains(username)) {
        organising.add(tokens.computeIfAbsent(username, u -> {
          try {
            return node.token(u);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }));
      }
    }
    String owner = organising.get(0);
    long busy = id(send(owner, "POST", "api/v1/communities",
        "{\"name\":\"Calendar bench " + System.nanoTime() + "\",\"visibility\":\"PUBLIC\"}"));
    long empty = id(send(owner, "POST", "api/v1/communities",
        "{\"name\":\"Calendar bench, no events " + System.nanoTime() + "\",\"visibility\":\"PUBLIC\"}"));
    for (String member : organising.subList(1, organising.size())) {
      send(member, "PUT", "api/v1/communities/" + busy + "/membership", "{}");
    }
    send(reader, "PUT", "api/v1/communities/" + busy + "/membership", "{}");
    send(reader, "PUT", "api/v1/communities/" + empty + "/membership", "{}");

    List<Long> events = new ArrayList<>();
    int days = month.lengthOfMonth();
    for (int s = 0; s < series; s++) {
      // The first seven days, so that all four weeks fall in the month.
      ZonedDateTime start = month.plusDays(s % 7).atTime(9 + s % 8, 0).atZone(ZONE);
      events.add(schedule(organising.get(s % organising.size()), busy, "Weekly sync " + s, start, "FREQ=WEEKLY;COUNT=" + SERIES_LENGTH));
    }
    int singles = occurrences - series * SERIES_LENGTH;
    for (int i = 0; i < singles; i++) {
      ZonedDateTime start = month.plusDays(i % days).atTime(8 + i % 10, (i / days) % 4 * 15).atZone(ZONE);
      events.add(schedule(organising.get(i % organising.size()), busy, "Session " + i, start, null));
    }
    for (int i = 0; i < attended; i++) {
      long event = events.get((int) ((long) i * events.size() / attended));
      send(reader, "PUT", "api/v1/events/" + event + "/rsvp", "{\"answer\":\"YES\"}");
    }
    return new Setup(reader, busy, empty, feeds.get(quiet.get(0)), feeds.get(quiet.get(1)), events.get(events.size() - 1));
  }

  private long schedule(String token, long community, String title, ZonedDateTime start, String recurrence) throws Exception {
    String body = "{\"title\":\"" + title + "\",\"description\":\"Agenda, notes and the **link** in the team's folder.\","
        + "\"startsAt\":\"" + start.toOffsetDateTime() + "\",\"endsAt\":\"" + start.plusMinutes(45).toOffsetDateTime() + "\","
        + "\"timeZone\":\"" + ZONE.getId() + "\",\"location\":\"Room " + (title.hashCode() & 7) + ", Berlin\","
        + "\"communityId\":" + community + (recurrence == null ? "" : ",\"recurrence\":\"" + recurrence + "\"") + "}";
    return id(send(token, "POST", "api/v1/events", body));
  }

  /** What the rounds will read is what the issue asks about; a wrong setup stops the run. */
  private void check(Setup setup) throws Exception {
    int month = monthView(setup.reader(), setup.busy(), null);
    int none = monthView(setup.reader(), setup.empty(), null);
    int feed = count(VEVENT, get(null, "api/v1/me/calendar.ics?token=" + encode(setup.feed())));
    int emptyFeed = count(VEVENT, get(null, "api/v1/me/calendar.ics?token=" + encode(setup.emptyFeed())));
    System.out.printf(Locale.ROOT, "month view %d occurrences (empty community: %d); feed %d events (baseline: %d)%n",
        month, none, feed, emptyFeed);
    if (month != occurrences || none != 0 || feed != attended || emptyFeed != 0) {
      throw new IllegalStateException("the setup is not what the benchmark measures");
    }
  }

  /** One of every case, timed. */
  private void round(Setup setup, Pass pass) throws Exception {
    for (Reading c : java.util.EnumSet.allOf(Reading.class)) {
      long start = System.nanoTime();
      // if rather than switch: an enum switch compiles to a synthetic class ArchUnit cannot read
      if (c == Reading.MONTH) {
        monthView(setup.reader(), setup.busy(), pass.pages());
      } else if (c == Reading.MONTH_EMPTY) {
        monthView(setup.reader(), setup.empty(), null);
      } else if (c == Reading.FEED) {
        get(null, "api/v1/me/calendar.ics?token=" + encode(setup.feed()));
      } else if (c == Reading.FEED_EMPTY) {
        get(null, "api/v1/me/calendar.ics?token=" + encode(setup.emptyFeed()));
      } else {
        get(setup.reader(), "api/v1/events/" + setup.oneEvent());
      }
      record(pass.latency().get(c), start);
    }
  }

  /** Every page of the month; the number of occurrences. Records each busy-month page request. */
  private int monthView(String token, long community, Histogram pages) throws Exception {
    int items = 0;
    String cursor = null;
    do {
      long start = System.nanoTime();
      String page = get(token, "api/v1/events?from=" + encode(from) + "&to=" + encode(to) + "&communityId=" + community
          + "&limit=" + pageSize + (cursor == null ? "" : "&cursor=" + encode(cursor)));
      items += count(ITEM, page);
      if (pages != null) {
        record(pages, start);
      }
      Matcher next = NEXT.matcher(page);
      cursor = next.find() ? next.group(1) : null;
    } while (cursor != null);
    return items;
  }

  private static void record(Histogram histogram, long start) {
    synchronized (histogram) {
      histogram.recordValue(Math.min(histogram.getHighestTrackableValue(), (System.nanoTime() - start) / 1000));
    }
  }

  private void report(String title, Pass pass, boolean verdict) {
    System.out.printf(Locale.ROOT, "%n%s%n%-40s %7s %8s %8s %8s %8s %12s%n", title, "case", "samples", "p50 ms", "p95 ms",
        "p99 ms", "max ms", "p50/p99 x");
    for (Map.Entry<Reading, Histogram> e : pass.latency().entrySet()) {
      Histogram h = e.getValue();
      Histogram baseline = e.getKey() == Reading.MONTH ? pass.latency().get(Reading.MONTH_EMPTY)
          : e.getKey() == Reading.FEED ? pass.latency().get(Reading.FEED_EMPTY) : null;
      System.out.printf(Locale.ROOT, "%-40s %7d %8.1f %8.1f %8.1f %8.1f %12s%n", e.getKey().label, h.getTotalCount(),
          ms(h, 50), ms(h, 95), ms(h, 99), h.getMaxValue() / 1000.0,
          baseline == null ? "" : String.format(Locale.ROOT, "%.1f / %.1f", ms(h, 50) / ms(baseline, 50), ms(h, 99) / ms(baseline, 99)));
    }
    Histogram pages = pass.pages();
    System.out.printf(Locale.ROOT, "%-40s %7d %8.1f %8.1f %8.1f %8.1f%n", "  one page request of the month view", pages.getTotalCount(),
        ms(pages, 50), ms(pages, 95), ms(pages, 99), pages.getMaxValue() / 1000.0);
    if (verdict) {
      for (Reading c : List.of(Reading.MONTH, Reading.FEED)) {
        double p99 = ms(pass.latency().get(c), 99);
        System.out.printf(Locale.ROOT, "%s: p99 %.1f ms, target <= %.0f ms: %s%n", c.label, p99, TARGET_MS,
            p99 <= TARGET_MS ? "met" : "NOT met");
      }
    }
  }

  private static double ms(Histogram h, double percentile) {
    return h.getValueAtPercentile(percentile) / 1000.0;
  }

  private String feedToken(String token) throws Exception {
    Matcher m = FEED_TOKEN.matcher(send(token, "POST", "api/v1/me/calendar-token", null));
    if (!m.find()) {
      throw new IllegalStateException("no calendar feed token");
    }
    return m.group(1);
  }

  private String get(String token, String path) throws Exception {
    return send(token, "GET", path, null);
  }

  /** A request with a personal access token (none for the feed); anything but 2xx stops the run. */
  private String send(String token, String method, String path, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(1))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() / 100 != 2) {
      throw new IllegalStateException(method + " " + path + ": " + answer.statusCode() + " " + answer.body());
    }
    return answer.body();
  }

  private static long id(String json) {
    Matcher m = ID.matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no id in " + json);
    }
    return Long.parseLong(m.group(1));
  }

  private static int count(Pattern pattern, String text) {
    int n = 0;
    for (Matcher m = pattern.matcher(text); m.find(); ) {
      n++;
    }
    return n;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
