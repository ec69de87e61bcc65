#pragma once

// The wire contract between the cluster's processes, the CLI and the workbench.
// docs/protocol.md describes every name here; change both together.

namespace Stratus::Protocol {

// Request headers (optional).
inline constexpr char RequestIdHeader[] = "Stratus-Request-Id";

// Reply headers, set by the invoker on every reply.
inline constexpr char StatusHeader[] = "Stratus-Status";
inline constexpr char ExitCodeHeader[] = "Stratus-Exit-Code";
inline constexpr char DurationHeader[] = "Stratus-Duration-Us";
inline constexpr char ColdHeader[] = "Stratus-Cold";
inline constexpr char FunctionHeader[] = "Stratus-Function";

// Values of StatusHeader. Anything but "ok" means the body is a message for a person.
inline constexpr char StatusOk[] = "ok";
inline constexpr char StatusFunctionError[] = "function-error"; // non-zero exit or worker error
inline constexpr char StatusCrashed[] = "crashed";              // killed by a signal
inline constexpr char StatusTimeout[] = "timeout";
inline constexpr char StatusOutputTooLarge[] = "output-too-large";
inline constexpr char StatusBadRequest[] =
    "bad-request";                           // the event does not fit the function (argument templates)
inline constexpr char StatusBusy[] = "busy"; // the invoker's wait queue is full
inline constexpr char StatusSpawnFailed[] = "spawn-failed";

// Invocation records: one JSON document per invocation on RecordSubjectPrefix + function name.
inline constexpr char RecordSubjectPrefix[] = "stratus.records.";

// Environment variables a function process sees besides the manifest's own.
inline constexpr char EnvFunction[] = "STRATUS_FUNCTION";
inline constexpr char EnvSubject[] = "STRATUS_SUBJECT";
inline constexpr char EnvRequestId[] = "STRATUS_REQUEST_ID";
inline constexpr char EnvNatsUrl[] = "STRATUS_NATS_URL";
inline constexpr char EnvReplyTo[] = "STRATUS_REPLY_TO";
inline constexpr char EnvMode[] = "STRATUS_MODE"; // "cold" or "warm": lets one file serve both
inline constexpr char EnvSdkDir[] = "STRATUS_SDK_DIR";

// The line an invoker prints on stdout once it is subscribed and flushed: the
// supervisor's readiness gate.
inline constexpr char ReadyLine[] = "stratus-ready";

} // namespace Stratus::Protocol
