#pragma once

// The settings the reminders are kept in, shared by the app (which writes them) and
// viparita-reminders (which reads them): one place for their names.
namespace viparita::reminders {

inline constexpr auto practiceKey = "reminders/practice";         // bool
inline constexpr auto practiceDaysKey = "reminders/practiceDays"; // "1,3,5"
inline constexpr auto practiceTimeKey = "reminders/practiceTime"; // "19:00"
inline constexpr auto weekKey = "reminders/week";                 // bool
inline constexpr auto morningTimeKey = "reminders/morningTime";   // "07:30"
inline constexpr auto eveningTimeKey = "reminders/eveningTime";   // "20:00"
/// The language chosen in the app ("" for the system's), which the reminders speak too.
inline constexpr auto languageKey = "appearance/language"; // "", "de", "pt-BR"

/// The helper's D-Bus name and object on the session bus: Reload() after a change of the
/// settings or of the weeks, Quit() when reminders are turned off.
inline constexpr auto serviceName = "org.viparita.Reminders";
inline constexpr auto objectPath = "/org/viparita/Reminders";
inline constexpr auto interfaceName = "org.viparita.Reminders";

} // namespace viparita::reminders
