#pragma once

namespace Stratus::Cli {

// Exit codes of `stratus`, listed in its --help: scripts branch on them.
enum ExitCode : int {
    Success = 0,
    Failure = 1,           // the command could not do its job (message on stderr)
    UsageError = 2,        // unknown command or option, missing argument
    NotRunning = 3,        // no cluster is running / the broker cannot be reached
    FunctionFailed = 4,    // the function answered with a Stratus-Status other than ok
    NoReply = 5,           // no reply within --timeout, or nothing subscribed to the trigger
    ThresholdBreached = 6, // `stratus stress`: a --threshold was breached
};

} // namespace Stratus::Cli
