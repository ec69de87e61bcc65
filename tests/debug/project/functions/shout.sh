#!/usr/bin/env bash
# The event, upper-cased: a function whose output is not JSON.
tr '[:lower:]' '[:upper:]'
