-- wrk script: a plain GET, with the benchmark's summary line.
dofile("bench/summary.lua")
