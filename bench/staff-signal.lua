-- wrk script: GET /api/v1/signals/{reference} for references of the caller's region, in turn, with the
-- bearer token of bench/staff.sh; with $SIGNAL_PATH (such as "/related") a path below each signal.
-- Each request validates the token and writes an audit record.
local references = {}
local n = 0
local below = os.getenv("SIGNAL_PATH") or ""

function init(args)
  for line in io.lines("bench/results/references.txt") do
    references[#references + 1] = line
  end
end

function request()
  n = n + 1
  return wrk.format("GET", "/api/v1/signals/" .. references[(n % #references) + 1] .. below)
end

dofile("bench/summary.lua")
