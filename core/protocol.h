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
inline constexpr char StatusConflict[] = "conflict";       // expectedRevision did not match
inline constexpr char StatusStoreFull[] = "store-full";    // the datastore's --max-bytes is reached
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

// ---- Flows (docs/flows.md, "Running a flow") -------------------------------------------------
namespace Stratus::Protocol {

// A flow run that failed because of its graph rather than a function: an expression that did
// not evaluate, a merge that got two inputs, no end node reached. The body names the node.
inline constexpr char StatusFlowError[] = "flow-error";
// On a failed run's reply: the id of the node that failed.
inline constexpr char FailedNodeHeader[] = "Stratus-Failed-Node";
// On a flow's reply: the run id (also Stratus-Request-Id) and the W3C trace id of its spans.
inline constexpr char RunIdHeader[] = "Stratus-Run";
inline constexpr char TraceIdHeader[] = "Stratus-Trace-Id";
// Request header "live": the run also publishes every span as it starts and ends.
inline constexpr char TraceModeHeader[] = "Stratus-Trace";
inline constexpr char TraceModeLive[] = "live";
// Spans: one document per finished run on TraceSubjectPrefix + flow; with live tracing, also
// one per span event on the same subject.
inline constexpr char TraceSubjectPrefix[] = "stratus.traces.";
// The datastore object, under the run id, holding every node's input, output and span.
inline constexpr char RunRecordObject[] = "flow-run";
// A datastore put with this header registers its run (with this TTL) when it is not live yet.
inline constexpr char TtlHeader[] = "Stratus-Ttl-Ms";

} // namespace Stratus::Protocol

// ---- Payloads by reference (docs/protocol.md, "Large payloads") ---------------------------
namespace Stratus::Protocol {

// Request: the event is the datastore object RUN/OBJECT, not the (empty) body.
inline constexpr char InputRefHeader[] = "Stratus-Input-Ref";
// Request: an output larger than this many bytes goes into the datastore (run: the request's
// Stratus-Run, TTL: its Stratus-Ttl-Ms) and the reply carries Stratus-Output-Ref instead.
inline constexpr char OutputRefAboveHeader[] = "Stratus-Output-Ref-Above";
// Reply: the output is the datastore object RUN/OBJECT; Stratus-Size says how large.
inline constexpr char OutputRefHeader[] = "Stratus-Output-Ref";

} // namespace Stratus::Protocol

// ---- Flow invoker statistics ----------------------------------------------------------------
namespace Stratus::Protocol {

// Flow invokers' statistics: FlowStatsSubjectPrefix + flow, apart from functions' (a function
// and a flow may share a name; function names have no dots, so the subjects never meet).
inline constexpr char FlowStatsSubjectPrefix[] = "stratus.stats.flow.";

} // namespace Stratus::Protocol

// ---- Flow debugging (docs/flows.md, "Debugging") ---------------------------------------------
namespace Stratus::Protocol {

// A debug session's breakpoints for a flow, broadcast to all its invokers, re-sent before ttlMs:
// DebugSubjectPrefix + FLOW + DebugBreakpointsSuffix. A starting flow invoker publishes on
// ... + DebugSyncSuffix so sessions re-send at once; invokers publish ... + DebugPausedSuffix,
// DebugResumedSuffix and DebugWarningSuffix events.
inline constexpr char DebugSubjectPrefix[] = "stratus.debug.";
inline constexpr char DebugBreakpointsSuffix[] = ".breakpoints";
inline constexpr char DebugSyncSuffix[] = ".sync";
inline constexpr char DebugPausedSuffix[] = ".paused";
inline constexpr char DebugResumedSuffix[] = ".resumed";
inline constexpr char DebugWarningSuffix[] = ".warning";
// Requests that continue, step or abort a paused run: DebugControlPrefix + RUN.
inline constexpr char DebugControlPrefix[] = "stratus.debug.run.";
// A run aborted by a debugger.
inline constexpr char StatusAborted[] = "aborted";
// Request header on a flow's trigger: re-run from this node, replaying the recorded upstream
// outputs of the body {"input": ..., "outputs": {NODE: OUTPUT, ...}}.
inline constexpr char StartAtHeader[] = "Stratus-Start-At";
// Every recorded run document (the datastore's flow-run object) is also published on
// RunSubjectPrefix + FLOW, for durable recording (JetStream stream STRATUS_EVENTS).
inline constexpr char RunSubjectPrefix[] = "stratus.runs.";

} // namespace Stratus::Protocol
