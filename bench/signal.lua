-- wrk script: POST /api/v1/signals with the three kinds of signal in turn, and a machine-readable
-- summary line at the end. Each request creates a real signal.
local bodies = {
  '{"kind":"BARN_OFFER","sector":"AGRICULTURE","location":{"postcode":"5712","municipality":"Someren"},"observedOn":"2026-11-02","description":"Two men in a black van asked to rent the empty shed.","barnOffer":{"buildingType":"SHED","floorAreaSquareMetres":600,"offeredRentEuros":5000,"rentPeriod":"PER_MONTH","rentalTermMonths":12,"cashPayment":true,"paidUpfront":true,"statedPurpose":"Storage","requestedChanges":["EXTRA_POWER_SUPPLY","OWNER_MAY_NOT_ENTER"],"approach":"IN_PERSON","offerState":"REFUSED"},"vehicles":[{"licencePlate":"VXD-12-B","country":"NL","makeAndModel":"Mercedes Sprinter"}],"persons":[{"role":"driver","description":"about 40"}]}',
  '{"kind":"VESSEL","sector":"MARITIME","location":{"postcode":"4381"},"observedOn":"2026-11-10","observedTime":"03:10","vessel":{"vesselName":"Zeemeeuw","vesselType":"SPEEDBOAT_OR_RIB","flag":"NL","mmsi":"244123456","berth":"Steiger C","arrivedAt":"2026-11-09T22:40","departedAt":"2026-11-10T03:10","cashPayment":true,"warningSigns":["MOVES_AT_NIGHT","NO_LIGHTS"]}}',
  '{"kind":"GENERAL","sector":"CAR_TRADE","location":{"postcode":"3511 AB","municipality":"Utrecht"},"observedOn":"2026-11-20","general":{"whatHappened":"Offered 40,000 euros in cash for a car","suspicion":"MONEY_LAUNDERING","counterpartyKvkNumber":"12345678","paymentMethod":"CASH","amountEuros":40000}}'
}
local requests = {}
local n = 0

function init(args)
  for i, body in ipairs(bodies) do
    requests[i] = wrk.format("POST", "/api/v1/signals", {["Content-Type"] = "application/json"}, body)
  end
end

function request()
  n = n + 1
  return requests[(n % #requests) + 1]
end

dofile("bench/summary.lua")
