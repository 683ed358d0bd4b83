-- wrk script: each thread (one connection each, -t N -c N) is one agent, with the session
-- cookie of its own line of $COOKIES; prints the percentiles the benchmarks report.
local cookies = {}
for line in io.lines(os.getenv("COOKIES")) do cookies[#cookies + 1] = line end
local count = 0

function setup(thread)
  count = count + 1
  thread:set("cookie", cookies[(count - 1) % #cookies + 1])
end

function init(args)
  wrk.headers["Cookie"] = cookie
end

function done(summary, latency, requests)
  io.write(string.format("p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f requests=%d rps=%.1f errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.requests / (summary.duration / 1e6),
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
