#pragma once
// Starting the programs a benchmark measures: posix_spawn, so that the time
// from just before the spawn to the child's own report is all the child's.

#include "bench_support.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

extern char **environ;

namespace viparita::bench {

struct Child {
    pid_t pid = -1;    ///< -1 when it could not be started (see `error`)
    int output = -1;   ///< the read end of its standard output, when piped
    std::string error; ///< why it could not be started
};

/// Starts `arguments` (the first is the program's path) with `extraEnvironment`
/// added to this process's. Its standard output goes to a pipe (`output`) when
/// `stdoutFile` is empty, otherwise to that file (truncated); its standard
/// error is appended to `errorLog`.
inline Child spawn(const std::vector<std::string> &arguments,
                   const std::vector<std::string> &extraEnvironment, const std::string &stdoutFile,
                   const std::string &errorLog)
{
    std::vector<std::string> environment;
    for (char **each = environ; *each; ++each)
        environment.emplace_back(*each);
    environment.insert(environment.end(), extraEnvironment.begin(), extraEnvironment.end());
    std::vector<char *> argv;
    for (const std::string &each : arguments)
        argv.push_back(const_cast<char *>(each.c_str()));
    argv.push_back(nullptr);
    std::vector<char *> envp;
    for (const std::string &each : environment)
        envp.push_back(const_cast<char *>(each.c_str()));
    envp.push_back(nullptr);

    Child child;
    int pipeEnds[2] = {-1, -1};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (stdoutFile.empty()) {
        if (pipe(pipeEnds) != 0) {
            child.error = "cannot make a pipe";
            return child;
        }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0]);
        posix_spawn_file_actions_addclose(&actions, pipeEnds[1]);
    } else {
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, stdoutFile.c_str(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0600);
    }
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errorLog.c_str(),
                                     O_WRONLY | O_CREAT | O_APPEND, 0600);
    const int status =
        posix_spawn(&child.pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (stdoutFile.empty()) {
        close(pipeEnds[1]);
        child.output = pipeEnds[0];
    }
    if (status != 0) {
        child.pid = -1;
        child.error = "cannot start " + arguments.front() + ": " + std::strerror(status);
    }
    return child;
}

/// Waits for the child to end, killing it after `timeoutMs`; gives its wait status.
inline int finish(Child &child, int timeoutMs)
{
    int status = 0;
    if (child.pid > 0) {
        const long long deadline = monotonicNs() + timeoutMs * 1000000LL;
        while (waitpid(child.pid, &status, WNOHANG) == 0) {
            if (monotonicNs() > deadline) {
                kill(child.pid, SIGKILL);
                waitpid(child.pid, &status, 0);
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    }
    if (child.output >= 0)
        close(child.output);
    child.output = -1;
    return status;
}

/// Runs a program to its end; gives the ms from just before the spawn to its
/// end, or a negative number when it could not run or did not succeed.
inline double timedRun(const std::vector<std::string> &arguments, const std::string &stdoutFile,
                       const std::string &errorLog)
{
    const long long spawnedAt = monotonicNs();
    Child child = spawn(arguments, {}, stdoutFile, errorLog);
    if (child.pid < 0)
        return -1.0;
    int status = 0;
    waitpid(child.pid, &status, 0);
    const long long endedAt = monotonicNs();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1.0;
    return static_cast<double>(endedAt - spawnedAt) / 1e6;
}

} // namespace viparita::bench
