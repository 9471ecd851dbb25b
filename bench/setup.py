#!/usr/bin/env python3
"""Sets up a town for the canteen benchmark through the portal's own API.

Usage: setup.py BASE_URL ADMIN_PASSWORD CHILDREN OUT_DIR
Writes OUT_DIR/token (a SCHOOL_AGENT bearer token), OUT_DIR/children (one child id per line, each
enrolled in the canteen for 2026-2027) and OUT_DIR/days (the service days of that year).
"""
import json
import sys
import urllib.request

base, admin_password, count, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]


def call(method, path, token=None, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + "/api/v1" + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request) as response:
        text = response.read()
        return json.loads(text) if text else None


admin = call("POST", "/session", body={"login": "admin", "password": admin_password})["token"]
call("POST", "/admin/agents", admin, {"username": "bench-agent", "password": "Cuisine-Centrale-44480",
                                       "email": "bench@mairie.example.fr", "role": "SCHOOL_AGENT"})
agent = call("POST", "/session", body={"login": "bench-agent", "password": "Cuisine-Centrale-44480"})["token"]
schools = [call("POST", "/admin/schools", agent, {"name": "École " + name})["id"]
           for name in ("Louis Pasteur", "Jacques Prévert", "Jules Verne", "Marie Curie")]
call("PUT", "/admin/school-years/2026-2027", agent, {
    "start": "2026-09-01", "end": "2027-07-03", "weekdays": ["MONDAY", "TUESDAY", "THURSDAY", "FRIDAY"],
    "holidays": [{"from": "2026-10-17", "to": "2026-11-01", "label": "Toussaint"},
                 {"from": "2026-12-19", "to": "2027-01-03", "label": "Noël"},
                 {"from": "2027-02-13", "to": "2027-02-28", "label": "Hiver"},
                 {"from": "2027-04-10", "to": "2027-04-25", "label": "Printemps"}],
    "closures": []})
children = []
for i in range(count):
    family = call("POST", "/admin/families", agent, {
        "name": "Famille %04d" % i, "resident": True, "quotient": 400 + i % 900,
        "address": {"line1": "%d rue de la Loire" % i, "postcode": "44480", "city": "Donges"},
        "guardians": [{"firstName": "Camille", "lastName": "Famille %04d" % i}],
        "children": [{"firstName": "Enfant", "lastName": "%04d" % i, "birthDate": "2018-03-14",
                      "schoolId": schools[i % len(schools)], "grade": "CE1"}]})
    child = family["children"][0]["id"]
    call("POST", "/admin/children/%s/enrolments" % child, agent, {"service": "CANTEEN", "schoolYear": "2026-2027"})
    children.append(child)
days = []
for start, end in (("2026-09-01", "2026-12-02"), ("2026-12-03", "2027-03-05"), ("2027-03-06", "2027-06-06"),
                   ("2027-06-07", "2027-07-03")):
    for day in call("GET", "/children/%s/canteen?from=%s&to=%s" % (children[0], start, end), agent):
        if day["status"] != "NO_SERVICE":
            days.append(day["date"])
with open(out + "/token", "w") as f:
    f.write(agent)
with open(out + "/children", "w") as f:
    f.write("\n".join(children) + "\n")
with open(out + "/days", "w") as f:
    f.write("\n".join(days) + "\n")
print("%d children, %d service days" % (len(children), len(days)))
