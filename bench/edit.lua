-- wrk script: concurrent logged-in GSE staff members editing events.
-- Run with one connection per thread (wrk -tN -cN): each thread is one staff member with
-- their own session, editing their own event and sending the version they last saw, as
-- the browser form does. A 303 to the event's page is a saved edit; anything else counts
-- as a failure (a 409 would mean an edit was lost track of; a 500 a locked database).
--
-- BENCH_DATA names a file with one line per thread:
--   cookie <TAB> path <TAB> first version <TAB> form body with {VERSION} and {N}

local rows = {}
for line in io.lines(os.getenv("BENCH_DATA")) do
  rows[#rows + 1] = line
end
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("row", rows[#threads])
end

function init(args)
  cookie, path, version, body = row:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
  version = tonumber(version)
  headers = {
    ["Cookie"] = cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }
  n = 0
  saved = 0
  failures = 0
end

function request()
  n = n + 1
  local b = body:gsub("{VERSION}", tostring(version)):gsub("{N}", tostring(n))
  return wrk.format("POST", path, headers, b)
end

function response(status, hdrs, b)
  local location = hdrs["location"] or hdrs["Location"] or ""
  if status == 303 and location:sub(1, 6) ~= "/login" then
    version = version + 1
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
