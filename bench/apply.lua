-- wrk script: concurrent logged-in ALS members applying to CROP opportunities.
-- Run with one connection per thread (wrk -tN -cN): each thread is one member with their
-- own session, applying to the open opportunities one after the other (one application
-- per member per opportunity). A 303 to the new application is a saved application;
-- anything else counts as a failure.
--
-- BENCH_DATA names a file: the first line holds the opportunity ids, space separated;
-- then one line per thread: cookie <TAB> form body (with the CSRF token).

local opportunities = {}
local rows = {}
for line in io.lines(os.getenv("BENCH_DATA")) do
  if #opportunities == 0 then
    for id in line:gmatch("%d+") do
      opportunities[#opportunities + 1] = id
    end
  else
    rows[#rows + 1] = line
  end
end
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
  -- Every thread runs this file too, so it has the ids; it only needs to know who it is.
  thread:set("index", #threads)
end

function init(args)
  cookie, body = rows[index]:match("^([^\t]*)\t(.*)$")
  ids = opportunities
  headers = {
    ["Cookie"] = cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }
  k = 0
  saved = 0
  failures = 0
end

function request()
  -- Past the last opportunity, the last one again: counted as a failure whatever the
  -- answer (the server sends a member who applied already to their application).
  k = k + 1
  return wrk.format("POST", "/crop/" .. ids[math.min(k, #ids)] .. "/apply", headers, body)
end

function response(status, hdrs, b)
  local location = hdrs["location"] or hdrs["Location"] or ""
  if k <= #ids and status == 303 and location:sub(1, 19) == "/crop/applications/" then
    saved = saved + 1
  else
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  local saved_total, failed_total = 0, 0
  for _, t in ipairs(threads) do
    saved_total = saved_total + t:get("saved")
    failed_total = failed_total + t:get("failures")
  end
  io.write(string.format("BENCH saved=%d failed=%d\n", saved_total, failed_total))
end
