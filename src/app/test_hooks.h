#pragma once

namespace viparita::app {

class MainWindow;

/// Hooks for the reliability tests, which kill the app at random moments of a session
/// (docs/reliability.md), and for the benchmarks. Each is off unless its variable is set:
/// - VIPARITA_CLOCK_SPEED=N (2 to 1000): the session's clock runs N times as fast;
/// - VIPARITA_AUTO_READING=S/D[/P]: every reading dialog of a session is filled with this
///   reading and saved, and the summary closed, so that a session started with --start runs
///   to its end with no one at the keyboard.
void installTestHooks(MainWindow &window);

} // namespace viparita::app
