#!/usr/bin/env bash
# Echo in shell: returns the event as it came. Runs cold or warm (STRATUS_MODE).
# The invoker sets STRATUS_SDK_DIR; run by hand from the source tree, the SDK is found
# beside the examples.
source "${STRATUS_SDK_DIR:-$(dirname "${BASH_SOURCE[0]}")/../../../sdk}/shell/stratus_worker.sh"

handler() {
    cat
}

stratus_serve handler
