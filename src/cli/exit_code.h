#pragma once

namespace viparita::cli {

/// The exit status of every command.
enum ExitCode : int {
    Success = 0,
    InputRejected = 1,  ///< the input was read and found wrong
    UsageError = 2,     ///< the command line itself is wrong
    StorageFailure = 3, ///< a file or the journal could not be read or written
};

} // namespace viparita::cli
