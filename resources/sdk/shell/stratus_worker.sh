# Helper library for Stratus functions written in bash (docs/sdk.md).
#
#   #!/usr/bin/env bash
#   source "$STRATUS_SDK_DIR/shell/stratus_worker.sh"
#   handler() { cat; }          # event on stdin, result on stdout, log on stderr
#   stratus_serve handler
#
# Cold (STRATUS_MODE=cold or unset): runs the handler once on stdin/stdout.
# Warm (STRATUS_MODE=warm): reads frames (docs/protocol.md) and runs the handler for each,
# its stdout captured to a file so nothing it prints can corrupt the framing. A handler
# that exits non-zero answers an error frame; the worker goes on.

stratus_serve() {
  local handler=$1
  if [ "${STRATUS_MODE:-cold}" != "warm" ]; then
    "$handler"
    return
  fi
  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/stratus-worker.XXXXXX") || return 1
  trap 'rm -rf "$dir"' EXIT
  # The framing owns the real stdout: keep it on fd 3, point stdout at stderr for anything else.
  exec 3>&1 1>&2
  printf 'STRATUS-READY\n' >&3
  local tag id length status size
  # bash reads a pipe one byte at a time for `read`, and `head -c` never reads past its
  # count, so the header and the payload are consumed exactly.
  while IFS=' ' read -r tag id length; do
    if [ "$tag" != "STRATUS-INVOKE" ] || ! [[ "$length" =~ ^[0-9]+$ ]]; then
      echo "stratus_worker.sh: not a frame header: $tag $id $length" >&2
      return 2
    fi
    head -c "$length" >"$dir/event"
    if "$handler" <"$dir/event" >"$dir/result" 2>"$dir/stderr"; then
      status=ok
    else
      status=error
      # The error frame says why: the handler's stderr, or its exit code.
      [ -s "$dir/stderr" ] && tail -c 4096 "$dir/stderr" >"$dir/result" || echo "handler exited with an error" >"$dir/result"
    fi
    cat "$dir/stderr" >&2
    size=$(wc -c <"$dir/result")
    { printf 'STRATUS-RESULT %s %s %d\n' "$id" "$status" "$size"; cat "$dir/result"; } >&3
  done
}
