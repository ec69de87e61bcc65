#pragma once

// The wire contract between the deploy flow (core/deploy), the CLI, the workbench and
// stratus-agent on every node of a remote cluster. docs/deploy.md describes every name here;
// change both together.

namespace Stratus::DeployProtocol {

// Every agent answers a request here with its NodeStatus (scatter-gather: the asker collects
// replies on its inbox for a short window).
inline constexpr char StatusSubject[] = "stratus.agent.status";
// Per node: SUBJECT = AgentPrefix + node + ".deploy" / ".rollback"; the reply is an
// acknowledgement {accepted, error}; progress follows as events.
inline constexpr char AgentPrefix[] = "stratus.agent.";
inline constexpr char DeploySuffix[] = ".deploy";
inline constexpr char RollbackSuffix[] = ".rollback";
// Progress events: EventPrefix + deployId + "." + node, one JSON DeployEvent each.
inline constexpr char EventPrefix[] = "stratus.deploy.";

// Stages of DeployEvent, in the order a successful deploy reports them.
inline constexpr char StageAccepted[] = "accepted";
inline constexpr char StageFetched[] = "fetched";
inline constexpr char StageValidated[] = "validated";
inline constexpr char StageRegistered[] = "registered";
inline constexpr char StageStarted[] = "started";
inline constexpr char StageDrained[] = "drained";
inline constexpr char StageDone[] = "done";
inline constexpr char StageFailed[] = "failed";

} // namespace Stratus::DeployProtocol
