-- GET /api/v1/children/{id}/canteen?from=&to=: a random enrolled child, a random month of the school year.
-- Arguments: token file, children file.
local children, token = {}, nil
local months = {
  {"2026-09-01", "2026-09-30"}, {"2026-10-01", "2026-10-31"}, {"2026-11-01", "2026-11-30"}, {"2026-12-01", "2026-12-31"},
  {"2027-01-01", "2027-01-31"}, {"2027-02-01", "2027-02-28"}, {"2027-03-01", "2027-03-31"}, {"2027-04-01", "2027-04-30"},
  {"2027-05-01", "2027-05-31"}, {"2027-06-01", "2027-06-30"},
}

function init(args)
  for line in io.lines(args[1]) do token = token or line end
  for line in io.lines(args[2]) do
    if line ~= "" then table.insert(children, line) end
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local child = children[math.random(#children)]
  local month = months[math.random(#months)]
  return wrk.format("GET", "/api/v1/children/" .. child .. "/canteen?from=" .. month[1] .. "&to=" .. month[2],
    {["Authorization"] = "Bearer " .. token})
end
