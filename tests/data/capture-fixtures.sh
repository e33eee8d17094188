#!/bin/sh
# Re-captures the engine fixtures of tests/data from a live engine (API 1.41).
# Creates only resources labelled quai.test=types and removes them at the end.
# Needs the image quai-test:1 (see shared ENGINE.md), curl and python3.
# IDs and times change on every capture: update tests/docker/tst_valuetypes.cpp after it.
set -eu
OUT=$(cd "$(dirname "$0")" && pwd)
SOCK=${SOCK:-/var/run/docker.sock}
api() { curl -sS --unix-socket "$SOCK" "$@"; }
V=http://d/v1.41
T0=$(date +%s)

# A dangling image: an empty import with no repository.
EMPTY=$(mktemp -d)
tar -C "$EMPTY" -c . | api -X POST -H 'Content-Type: application/x-tar' --data-binary @- \
    "$V/images/create?fromSrc=-&changes=LABEL%20quai.test%3Dtypes" >"$EMPTY/out"
DANGLING=$(sed -n 's/.*"status":"\(sha256:[0-9a-f]*\)".*/\1/p' "$EMPTY/out")
rm -rf "$EMPTY"
# A second tag on the test image.
api -X POST "$V/images/quai-test:1/tag?repo=quai-test&tag=types" >/dev/null

api -X POST -H 'Content-Type: application/json' "$V/volumes/create" -d \
  '{"Name":"quai-types-data","Labels":{"quai.test":"types","purpose":"fixture"},"DriverOpts":{}}' >/dev/null
api -X POST -H 'Content-Type: application/json' "$V/networks/create" -d \
  '{"Name":"quai-types-net","CheckDuplicate":true,"Labels":{"quai.test":"types"},
    "IPAM":{"Driver":"default","Config":[{"Subnet":"10.231.0.0/24","Gateway":"10.231.0.1","IPRange":"10.231.0.128/25"}]},
    "Options":{"com.docker.network.bridge.name":"quaitypes0"}}' >/dev/null

api -X POST -H 'Content-Type: application/json' "$V/containers/create?name=quai-types-web" -d \
  '{"Image":"quai-test:1","Cmd":["httpd","-f","-p","5000"],"Labels":{"quai.test":"types","role":"web"},
    "ExposedPorts":{"5000/tcp":{},"80/tcp":{}},
    "HostConfig":{"PortBindings":{"5000/tcp":[{"HostIp":"0.0.0.0","HostPort":"4900"}]},
      "Mounts":[{"Type":"volume","Source":"quai-types-data","Target":"/data"},
                {"Type":"tmpfs","Target":"/scratch"}]}}' >/dev/null
api -X POST -H 'Content-Type: application/json' "$V/networks/quai-types-net/connect" -d \
  '{"Container":"quai-types-web"}' >/dev/null
api -X POST "$V/containers/quai-types-web/start" >/dev/null
# A container that was never started, with a name that needs quoting in a shell.
api -X POST -H 'Content-Type: application/json' "$V/containers/create?name=quai-types-idle" -d \
  '{"Image":"quai-test:1","Cmd":["sh","-c","echo it'"'"'s idle"],"Labels":{"quai.test":"types"}}' >/dev/null
# Exec to get an "exec_start: …" event with a detail suffix.
EXEC=$(api -X POST -H 'Content-Type: application/json' "$V/containers/quai-types-web/exec" -d \
  '{"Cmd":["echo","héllo wörld ✓"]}' | sed -n 's/.*"Id":"\([0-9a-f]*\)".*/\1/p')
api -X POST -H 'Content-Type: application/json' "$V/exec/$EXEC/start" -d '{"Detach":false}' >/dev/null
sleep 1

LABEL=$(python3 -c 'import urllib.parse;print(urllib.parse.quote("{\"label\":[\"quai.test=types\"]}"))')
api "$V/containers/json?all=1&filters=$LABEL" >"$OUT/containers.json"
api "$V/containers/quai-types-web/json" >"$OUT/container-inspect.json"
api "$V/images/json" >"$OUT/images.json"
api "$V/images/quai-test:1/json" >"$OUT/image-inspect.json"
api "$V/images/$DANGLING/json" >"$OUT/image-inspect-dangling.json"
api "$V/volumes?filters=$LABEL" >"$OUT/volumes.json"
api "$V/volumes/quai-types-data" >"$OUT/volume-inspect.json"
api "$V/system/df" >"$OUT/system-df.json"
api "$V/networks" >"$OUT/networks.json"
api "$V/networks/bridge" >"$OUT/network-bridge.json"
api "$V/networks/quai-types-net" >"$OUT/network-user.json"
api "$V/version" >"$OUT/version.json"

api -X POST "$V/containers/quai-types-web/stop?t=1" >/dev/null
api -X DELETE "$V/containers/quai-types-web?v=1" >/dev/null
api -X DELETE "$V/containers/quai-types-idle" >/dev/null
api -X DELETE "$V/volumes/quai-types-data" >/dev/null
api -X DELETE "$V/networks/quai-types-net" >/dev/null
api -X DELETE "$V/images/quai-test:types" >/dev/null
api -X DELETE "$V/images/$DANGLING" >/dev/null
api -X DELETE "$V/images/$DANGLING" >"$OUT/error-no-such-image.json" || true
sleep 1
T1=$(date +%s)
# Only the events of what this script made; other engineers share the engine.
api "$V/events?since=$T0&until=$T1" | python3 -c '
import json, sys
names = {"quai-types-web", "quai-types-idle", "quai-types-data", "quai-types-net", "quai-test:types"}
ids = set()
lines = sys.stdin.read().splitlines()
for l in lines:
    e = json.loads(l)
    a = e.get("Actor", {})
    if a.get("Attributes", {}).get("name") in names or a.get("ID") in names:
        ids.add(a.get("ID"))
for l in lines:
    e = json.loads(l)
    a = e.get("Actor", {})
    at = a.get("Attributes", {})
    if a.get("ID") in ids or at.get("container") in ids or at.get("name") in names or at.get("quai.test") == "types":
        print(l)
' >"$OUT/events.jsonl"
echo "captured into $OUT"
