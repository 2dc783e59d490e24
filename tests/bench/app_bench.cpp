// The real `viparita` binary as a person meets it, under the X server named
// by $DISPLAY (scripts/bench.sh starts an Xvfb), against a minimal Qt Widgets
// window measured the same way in the same run:
//
// - start-up: from just before the process is spawned to its first frame of
//   the main window painted (both programs report it, see FirstFrameProbe in
//   src/app/main.cpp and minimal_window.cpp), the median of RUNS runs of each,
//   alternating, after one warm-up run of each;
// - peak resident memory (VmHWM) at that first frame, on the home page;
// - CPU while a session plays: `viparita --start healing` (the sequence as
//   written, as the home page offers it) on the real clock, the readings
//   before it answered by the app's own VIPARITA_AUTO_READING hook, utime +
//   stime from /proc/PID/stat over 60 s of play from 3 s after it began; the
//   reference is the minimal window redrawing a circle from a 16 ms timer,
//   measured the same way over 20 s;
// - peak resident memory after a whole session (`--start healing --minutes 3`,
//   the readings before and after answered by the hook), back on the home page.
//
//   viparita_bench_app APP MINIMAL JOURNAL RUNS [startup,session,cpu-only]
//
// (Naming parts measures only those: for profiling one of them.)
// The app's settings and data folders are the caller's $XDG_CONFIG_HOME and
// $XDG_DATA_HOME (viparita_bench_fill --acknowledge-cautions prepares them).
#include "bench_support.h"
#include "process_support.h"

#include <sqlite3.h>

#include <poll.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using namespace viparita::bench;

namespace {

[[noreturn]] void fail(const std::string &message)
{
    std::fprintf(stderr, "viparita_bench_app: %s\n", message.c_str());
    std::exit(1);
}

Child started(Child child)
{
    if (child.pid < 0)
        fail(child.error);
    return child;
}

struct FirstFrame {
    long long atNs = 0;
    long peakKb = 0;
};

/// Reads "first-frame NS KB" from the child's output.
std::optional<FirstFrame> readFirstFrame(const Child &child, int timeoutMs)
{
    std::string text;
    const long long deadline = monotonicNs() + timeoutMs * 1000000LL;
    while (monotonicNs() < deadline) {
        pollfd watch{child.output, POLLIN, 0};
        if (poll(&watch, 1, 50) <= 0)
            continue;
        char buffer[256];
        const ssize_t got = read(child.output, buffer, sizeof buffer);
        if (got <= 0)
            break;
        text.append(buffer, static_cast<std::size_t>(got));
        const std::size_t at = text.find("first-frame ");
        if (at != std::string::npos && text.find('\n', at) != std::string::npos) {
            std::istringstream line(text.substr(at + 12));
            FirstFrame frame;
            line >> frame.atNs >> frame.peakKb;
            if (line)
                return frame;
        }
    }
    return std::nullopt;
}

struct Launch {
    double startupMs = 0.0;
    long peakKb = 0;
};

Launch launchOnce(const std::vector<std::string> &arguments, const std::string &errorLog)
{
    const long long spawnedAt = monotonicNs();
    Child child = started(spawn(arguments, {"VIPARITA_QUIT_AFTER_FIRST_FRAME=1"}, {}, errorLog));
    const auto frame = readFirstFrame(child, 60000);
    const int status = finish(child, 20000);
    if (!frame)
        fail(arguments.front() + " reported no first frame within 60 s (see " + errorLog + ")");
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        fail(arguments.front() + " did not quit cleanly after its first frame (see " + errorLog +
             ")");
    return {static_cast<double>(frame->atNs - spawnedAt) / 1e6, frame->peakKb};
}

/// utime + stime of a process, in seconds.
double cpuSeconds(pid_t pid)
{
    std::ifstream file("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    const std::size_t end = text.rfind(')');
    if (end == std::string::npos)
        fail("cannot read /proc/" + std::to_string(pid) + "/stat");
    std::istringstream fields(text.substr(end + 2));
    std::string field;
    // After the name: state is field 3; utime and stime are fields 14 and 15.
    unsigned long long utime = 0;
    unsigned long long stime = 0;
    for (int index = 3; index <= 15 && fields >> field; ++index) {
        if (index == 14)
            utime = std::stoull(field);
        else if (index == 15)
            stime = std::stoull(field);
    }
    return static_cast<double>(utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

/// CPU share of one core, in percent, over `seconds` from now.
double cpuShare(pid_t pid, double seconds)
{
    const double cpuBefore = cpuSeconds(pid);
    const long long wallBefore = monotonicNs();
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    const double cpuAfter = cpuSeconds(pid);
    const double wall = static_cast<double>(monotonicNs() - wallBefore) / 1e9;
    return 100.0 * (cpuAfter - cpuBefore) / wall;
}

/// The newest session of the journal: its id and status ("in_progress", "completed"...).
struct SessionRow {
    long long id = 0;
    std::string status;
};

SessionRow newestSession(const std::string &journal)
{
    sqlite3 *database = nullptr;
    SessionRow row;
    if (sqlite3_open_v2(journal.c_str(), &database, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(database, 2000);
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(database, "SELECT id, status FROM sessions ORDER BY id DESC LIMIT 1",
                               -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW) {
            row.id = sqlite3_column_int64(statement, 0);
            row.status = reinterpret_cast<const char *>(sqlite3_column_text(statement, 1));
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(database);
    return row;
}

/// Waits until the journal's newest session is newer than `after` and has `status`.
bool waitForSession(const std::string &journal, long long after, const std::string &status,
                    int timeoutSeconds, pid_t pid)
{
    const long long deadline = monotonicNs() + timeoutSeconds * 1000000000LL;
    while (monotonicNs() < deadline) {
        const SessionRow row = newestSession(journal);
        if (row.id > after && row.status == status)
            return true;
        int ignored = 0;
        if (waitpid(pid, &ignored, WNOHANG) != 0)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

std::string megabytes(double kb)
{
    return format("%.1f MB", kb / 1024.0);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 5) {
        std::fprintf(stderr,
                     "usage: viparita_bench_app APP MINIMAL JOURNAL RUNS [startup,session]\n");
        return 2;
    }
    const std::string parts = argc > 5 ? argv[5] : "startup,session";
    const bool startup = parts.find("startup") != std::string::npos;
    const bool session = parts.find("session") != std::string::npos;
    const std::string app = argv[1];
    const std::string minimal = argv[2];
    const std::string journal = argv[3];
    const int runs = std::atoi(argv[4]);
    if (!std::getenv("DISPLAY"))
        fail("DISPLAY is not set: run it under an X server (scripts/bench.sh starts Xvfb)");
    const std::string appLog = journal + ".app-stderr.log";
    const std::string minimalLog = journal + ".minimal-stderr.log";
    const std::vector<std::string> appArguments{app, "--database", journal};
    const std::vector<std::string> minimalArguments{minimal};

    // Start-up and memory on the home page.
    std::vector<double> appStart, minimalStart, appPeak, minimalPeak;
    if (startup || session) {
        std::fprintf(stderr, "start-up: one warm-up run each, then %d alternating runs each...\n",
                     runs);
        (void)launchOnce(appArguments, appLog);
        (void)launchOnce(minimalArguments, minimalLog);
    }
    for (int run = 0; run < (startup ? runs : 1); ++run) {
        const Launch a = launchOnce(appArguments, appLog);
        const Launch m = launchOnce(minimalArguments, minimalLog);
        appStart.push_back(a.startupMs);
        appPeak.push_back(static_cast<double>(a.peakKb));
        minimalStart.push_back(m.startupMs);
        minimalPeak.push_back(static_cast<double>(m.peakKb));
        std::fprintf(stderr, "  run %2d: app %6.1f ms %6ld kB, minimal %6.1f ms %6ld kB\n", run + 1,
                     a.startupMs, a.peakKb, m.startupMs, m.peakKb);
    }
    const double startApp = median(appStart);
    const double startMinimal = median(minimalStart);
    const double peakApp = median(appPeak);
    const double peakMinimal = median(minimalPeak);

    if (startup) {
        printRow({"Start-up to the first frame (journal of 10,000 readings; median of " +
                      std::to_string(runs) + ")",
                  format("%.1f ms", startApp), format("%.1f ms (minimal window)", startMinimal),
                  format("%.2f", startApp / startMinimal), "at most 1.5 × reference",
                  verdict(startApp <= 1.5 * startMinimal)});
        printRow({"Peak memory at the first frame of the home page (VmHWM, median of " +
                      std::to_string(runs) + ")",
                  megabytes(peakApp), megabytes(peakMinimal) + " (minimal window)",
                  format("%.2f", peakApp / peakMinimal), "at most 2 × reference",
                  verdict(peakApp <= 2.0 * peakMinimal)});
    }
    if (!session)
        return 0;

    // CPU while a session plays, then the memory after the whole session.
    std::fprintf(stderr, "CPU: the minimal window animating for 20 s...\n");
    Child animated = started(spawn({minimal, "--animate", "25"}, {}, "/dev/null", minimalLog));
    std::this_thread::sleep_for(std::chrono::seconds(3));
    const double cpuReference = cpuShare(animated.pid, 20.0);
    finish(animated, 10000);

    std::fprintf(stderr, "CPU: viparita playing the healing sequence as written...\n");
    long long before = newestSession(journal).id;
    Child playing = started(spawn({app, "--database", journal, "--start", "healing"},
                                  {"VIPARITA_AUTO_READING=124/79/64"}, "/dev/null", appLog));
    if (!waitForSession(journal, before, "in_progress", 60, playing.pid))
        fail("the session did not start within 60 s (see " + appLog + ")");
    std::this_thread::sleep_for(std::chrono::seconds(3));
    const double cpuApp = cpuShare(playing.pid, 60.0);
    if (newestSession(journal).status != "in_progress")
        fail("the session was no longer playing at the end of the 60 s");
    kill(playing.pid, SIGTERM);
    finish(playing, 10000);
    std::fprintf(stderr, "  %.2f %% of a core\n", cpuApp);
    if (parts.find("cpu-only") != std::string::npos) { // profiling the CPU figure alone
        std::printf("cpu-only|%.2f|%.2f\n", cpuApp, cpuReference);
        return 0;
    }

    std::fprintf(stderr, "Memory: viparita playing a whole 3-minute session...\n");
    before = newestSession(journal).id;
    Child whole =
        started(spawn({app, "--database", journal, "--start", "healing", "--minutes", "3"},
                      {"VIPARITA_AUTO_READING=124/79/64"}, "/dev/null", appLog));
    if (!waitForSession(journal, before, "in_progress", 60, whole.pid))
        fail("the session did not start within 60 s (see " + appLog + ")");
    if (!waitForSession(journal, before, "completed", 300, whole.pid))
        fail("the session did not end as completed within 5 minutes (see " + appLog + ")");
    std::this_thread::sleep_for(std::chrono::seconds(2)); // back on the home page
    const auto afterSessionKb = procStatusKb(std::to_string(whole.pid), "VmHWM");
    kill(whole.pid, SIGTERM);
    finish(whole, 10000);
    if (!afterSessionKb)
        fail("cannot read the app's VmHWM after the session");

    printRow({"Peak memory after a whole 3-minute session, back home (VmHWM)",
              megabytes(static_cast<double>(*afterSessionKb)),
              megabytes(peakMinimal) + " (minimal window)",
              format("%.2f", static_cast<double>(*afterSessionKb) / peakMinimal),
              "at most 2 × reference",
              verdict(static_cast<double>(*afterSessionKb) <= 2.0 * peakMinimal)});
    printRow({"CPU while a session plays (healing as written, 60 s, pacer animating)",
              format("%.2f %% of a core", cpuApp),
              format("%.2f %% (minimal window, circle redrawn every 16 ms)", cpuReference),
              cpuReference > 0.0 ? format("%.2f", cpuApp / cpuReference) : std::string("-"),
              "under 3 % of a core", verdict(cpuApp < 3.0)});
    return 0;
}
