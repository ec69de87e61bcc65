#!/usr/bin/env bash
# Stratus from a terminal, on the bundled example project: installs, builds, starts the
# local cluster (broker + invokers), invokes every example function and prints the
# results, then stops the cluster.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
project=${1:-$root/resources/examples/basic}
"$root/scripts/build.sh"
stratus="$build/bin/stratus"

"$stratus" cluster up --project "$project" --detach
trap '"$stratus" cluster down --project "$project"' EXIT
"$stratus" cluster status --project "$project"

invoke() {
  local fn=$1 data=$2
  printf '\n$ stratus invoke %s --data %s\n' "$fn" "$data"
  "$stratus" invoke "$fn" --project "$project" --data "$data" || true
}
invoke logger '{"timestamp":"2024-11-28T16:05:34","message":"ciao","severity":"info"}'
invoke logger-warm '{"timestamp":"2024-11-28T16:05:35","message":"ciao again","severity":"warning"}'
invoke access-control '{"user":"alice","resource":"reports","action":"read"}'
invoke access-control-warm '{"user":"mallory","resource":"reports","action":"delete"}'
invoke echo-py '{"hello":"from python, cold"}'
invoke echo-py-warm '{"hello":"from python, warm"}'
invoke echo-sh 'hello from shell, cold'
invoke echo-sh-warm 'hello from shell, warm'
# The seed's dependency injection: each handler looks its service up in the registry and
# invokes it over NATS.
invoke handler '{}'
invoke handler-py '{"timestamp":"2024-11-28T16:05:36","message":"from python","severity":"info"}'
invoke handler-access '{"user":"bob","resource":"reports","action":"write"}'
# The thesis's FizzBuzz workflow: a check function, a choice, one of four functions, an end
# node; every function a warm Python process of its own (docs/flows.md).
for n in 3 5 15 7; do
  printf '\n$ stratus flow run fizzbuzz --data {"n": %s}\n' "$n"
  "$stratus" flow run fizzbuzz --project "$project" --data "{\"n\": $n}" || true
done
printf '\n$ stratus flow run chain-6 --data {"x": 1} --trace\n'
"$stratus" flow run chain-6 --project "$project" --data '{"x": 1}' --trace || true
gateway=$("$stratus" cluster status --project "$project" | sed -n 's/^Gateway: //p')
printf '\n$ curl -d {"n": 30} %s/flow/fizzbuzz\n' "$gateway"
curl -s -d '{"n": 30}' "$gateway/flow/fizzbuzz" || true
echo
