-- wrk script: PUT /api/v1/signals/{reference}/classification on signals in triage of the caller's region,
-- in turn, with the bearer token of bench/queue.sh. Each request is one triage action: the signal's new
-- category, priority and deadlines, a history event and an audit record, in one transaction.
local references = {}
local n = 0
local id = 0

-- Each thread starts elsewhere in the list, so that two threads rarely change the same signal at
-- the same moment (which is answered 409, and counted as non-2xx).
function setup(thread)
  id = id + 1
  thread:set("offset", id * 397)
end
local priorities = { "LOW", "NORMAL", "HIGH", "URGENT" }

function init(args)
  for line in io.lines("bench/results/open-references.txt") do
    references[#references + 1] = line
  end
  -- Headers given to wrk.format replace those of the command line (the token), so add to those.
  wrk.headers["Content-Type"] = "application/json"
  n = offset or 0
end

function request()
  n = n + 1
  local body = '{"category":"FRAUD","priority":"' .. priorities[(n % 4) + 1] .. '","reason":"Benchmark"}'
  return wrk.format("PUT", "/api/v1/signals/" .. references[(n % #references) + 1] .. "/classification",
    nil, body)
end

dofile("bench/summary.lua")
