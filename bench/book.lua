-- PUT /api/v1/children/{id}/canteen/{date}: a random enrolled child, a random service day.
-- Arguments: token file, children file, days file.
local children, days, token = {}, {}, nil

local function lines(path)
  local list = {}
  for line in io.lines(path) do
    if line ~= "" then table.insert(list, line) end
  end
  return list
end

function init(args)
  token = lines(args[1])[1]
  children = lines(args[2])
  days = lines(args[3])
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local child = children[math.random(#children)]
  local day = days[math.random(#days)]
  return wrk.format("PUT", "/api/v1/children/" .. child .. "/canteen/" .. day, {["Authorization"] = "Bearer " .. token})
end
