-- wrk script: GET /api/v1/signals/{reference} for references of the caller's region, in turn, with the
-- bearer token of bench/staff.sh; with $SIGNAL_PATH (such as "/related") a path below each signal.
-- With $THEN_PATH (such as "/related") each signal is asked for twice, as the console does: the signal,
-- then that path below it, sent together on the connection and answered one after the other; wrk then
-- times the pair, from sending the first to the last byte of the second answer, as one latency.
-- Each request validates the token and writes an audit record.
local references = {}
local n = 0
local below = os.getenv("SIGNAL_PATH") or ""
local after = os.getenv("THEN_PATH") or ""

function init(args)
  for line in io.lines("bench/results/references.txt") do
    references[#references + 1] = line
  end
end

function request()
  n = n + 1
  local path = "/api/v1/signals/" .. references[(n % #references) + 1]
  local first = wrk.format("GET", path .. below)
  if after == "" then
    return first
  end
  return first .. wrk.format("GET", path .. after)
end

dofile("bench/summary.lua")
