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
// Invoker statistics, once a second, on StatsSubjectPrefix + function name.
inline constexpr char StatsSubjectPrefix[] = "stratus.stats.";

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

// ---- Registry and datastore (docs/registry.md, docs/datastore.md) -------------------------
// Added by the registry/datastore work; kept apart so concurrent edits above merge cleanly.
namespace Stratus::Protocol {

// More values of StatusHeader, used by the registry's and the datastore's replies. Their body is
// then JSON: {"error": "...", "field": "..."} ("field" only when one field is to blame).
inline constexpr char StatusNotFound[] = "not-found";
inline constexpr char StatusConflict[] = "conflict";      // expectedRevision did not match
inline constexpr char StatusStoreFull[] = "store-full";   // the datastore's --max-bytes is reached
inline constexpr char StatusUnavailable[] = "unavailable"; // JetStream did not answer

inline constexpr char RegistryPrefix[] = "stratus.registry";
inline constexpr char RegistryBucket[] = "stratus-registry";
inline constexpr char DatastorePrefix[] = "stratus.datastore";
inline constexpr char DatastoreBucket[] = "stratus-datastore";

// Datastore headers: values travel as raw bytes, so their metadata rides in headers.
inline constexpr char RunHeader[] = "Stratus-Run";
inline constexpr char ObjectHeader[] = "Stratus-Object";
inline constexpr char PersistHeader[] = "Stratus-Persist";
inline constexpr char UploadHeader[] = "Stratus-Upload";
inline constexpr char ChunkHeader[] = "Stratus-Chunk";
inline constexpr char ChunksHeader[] = "Stratus-Chunks";
inline constexpr char SizeHeader[] = "Stratus-Size";
// On every registry and datastore reply: which replica answered ("stratus-registry-4711").
inline constexpr char ReplicaHeader[] = "Stratus-Replica";

} // namespace Stratus::Protocol
