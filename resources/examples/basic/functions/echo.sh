#!/usr/bin/env bash
# Echo in shell: returns the event as it came. Runs cold or warm (STRATUS_MODE).
source "$STRATUS_SDK_DIR/shell/stratus_worker.sh"
handler() {
  cat
}
stratus_serve handler
