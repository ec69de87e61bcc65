#!/usr/bin/env bash
# The SDK test worker (tests/sdk/tst_sdk.cpp): echo, except for two commands.
#   "fail"        -> the handler fails: an error frame (warm) or exit 1 (cold)
#   "print:REST"  -> prints a fake frame, then REST: in shell the handler's stdout is the
#                    result, so both come back, length-framed, and the next frame still parses
# STRATUS_SDK_DIR points at the helper libraries, as the invoker sets it.
set -e
source "$STRATUS_SDK_DIR/shell/stratus_worker.sh"

handler() {
    local event
    # A file, not a variable: bash variables cannot hold NUL bytes.
    event=$(mktemp)
    cat >"$event"
    if [ "$(head -c 5 "$event")" = "fail" ] && [ "$(wc -c <"$event")" -eq 4 ]; then
        rm -f "$event"
        echo "boom: failure requested" >&2
        exit 3
    fi
    if [ "$(head -c 6 "$event")" = "print:" ]; then
        printf 'STRATUS-RESULT fake ok 5\nnoise'
        tail -c +7 "$event"
    else
        cat "$event"
    fi
    rm -f "$event"
}

stratus_serve handler
