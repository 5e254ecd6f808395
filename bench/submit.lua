-- wrk script: POST /api/v1/signals with one body from bench/results/submission-$SUBMISSION.json
-- ("named": a signal naming two plates, a phone number twice, an e-mail address, an IBAN and a KvK
-- number; "plain": the same signal with those left out, its text naming nothing).
local body

function init(args)
  local file = io.open("bench/results/submission-" .. os.getenv("SUBMISSION") .. ".json")
  body = file:read("*a")
  file:close()
end

function request()
  return wrk.format("POST", "/api/v1/signals", {["Content-Type"] = "application/json"}, body)
end

dofile("bench/summary.lua")
