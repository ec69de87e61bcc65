# Helper library for Stratus functions written in bash (docs/sdk.md).
#
#   #!/usr/bin/env bash
#   source "$STRATUS_SDK_DIR/shell/stratus_worker.sh"
#   handler() { cat; }          # event on stdin, result on stdout, log on stderr
#   stratus_serve handler
#
# Cold (STRATUS_MODE=cold or unset): runs the handler once on the script's stdin and stdout;
# its exit status is the script's.
# Warm (STRATUS_MODE=warm): reads frames (docs/protocol.md) and runs the handler for each in a
# subshell, its stdout captured to a file, so neither an `exit` nor a stray print can take the
# worker down or corrupt the framing. A handler that fails answers an error frame carrying
# the end of its stderr; the worker goes on. Byte counts come from `head -c` and `wc -c`, so
# any bytes, UTF-8 or not, travel unchanged.

# Prints a protocol error and ends the worker: the invoker replaces a worker that breaks framing.
_stratus_protocol_error() {
    printf 'stratus_worker.sh: %s\n' "$1" >&2
    exit 2
}

stratus_serve() {
    local handler=${1:?usage: stratus_serve HANDLER_FUNCTION}
    if [ "${STRATUS_MODE:-cold}" != "warm" ]; then
        "$handler"
        return
    fi
    local dir
    dir=$(mktemp -d "${TMPDIR:-/tmp}/stratus-worker.XXXXXX") || _stratus_protocol_error "cannot create a temporary folder"
    # Expanded now: $dir is local and gone by the time the trap runs.
    # shellcheck disable=SC2064
    trap "rm -rf '$dir'" EXIT
    # The framing owns the real stdout: keep it on fd 3, point stdout at stderr for anything else.
    exec 3>&1 1>&2
    printf 'STRATUS-READY\n' >&3
    local tag id length extra status size rc
    # `read` takes a pipe one byte at a time and `head -c` never reads past its count, so the
    # header and the payload are consumed exactly, leaving the next frame in place.
    while IFS=' ' read -r tag id length extra; do
        if [ "$tag" != "STRATUS-INVOKE" ] || [ -z "$id" ] || [ -n "$extra" ] || ! [[ "$length" =~ ^[0-9]+$ ]]; then
            _stratus_protocol_error "not a frame header: ${tag} ${id} ${length} ${extra}"
        fi
        head -c "$length" >"$dir/event"
        size=$(wc -c <"$dir/event")
        if [ $((size)) -ne $((10#$length)) ]; then
            _stratus_protocol_error "stdin closed after $((size)) of the $length bytes of frame $id"
        fi
        # In an `if`, so a script running under `set -e` survives a failing handler too.
        if ("$handler") <"$dir/event" >"$dir/result" 2>"$dir/stderr" 3>&-; then
            rc=0
        else
            rc=$?
        fi
        if [ "$rc" -eq 0 ]; then
            status=ok
        else
            status=error
            if [ -s "$dir/stderr" ]; then
                tail -c 4096 "$dir/stderr" >"$dir/result"
            else
                printf '%s exited with status %d\n' "$handler" "$rc" >"$dir/result"
            fi
        fi
        if [ -s "$dir/stderr" ]; then
            cat "$dir/stderr" >&2
        fi
        size=$(wc -c <"$dir/result")
        { printf 'STRATUS-RESULT %s %s %d\n' "$id" "$status" "$((size))"; cat "$dir/result"; } >&3
    done
    return 0
}
