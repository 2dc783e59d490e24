#pragma once

#include <QLocale>
#include <QString>

class QDate;
class QDateTime;

namespace viparita {

struct Measurement;

/// Numbers, changes, pressures, dates and times as a person reads them, in one place for
/// every screen and the PDF report, through QLocale (the default locale unless given one):
/// "131.5" in English is "131,5" in German. Files for machines (CSV, JSON, FHIR) keep their
/// fixed, locale-free formats and do not use it.
///
/// The one rounding rule: a value is rounded to its decimals first, then written without
/// trailing zeros, so 131.46 is "131.5", 132.04 is "132", and a change of 0.04 is "0" (a
/// change that rounds to nothing has no sign).
class DisplayFormat final {
public:
    explicit DisplayFormat(const QLocale &locale = QLocale());

    /// At most `decimals` decimals, none that are zero: 131.5, 132, 0.
    [[nodiscard]] QString number(double value, int decimals = 1) const;
    /// Exactly `decimals` decimals: 3.0.
    [[nodiscard]] QString fixed(double value, int decimals) const;
    /// A whole count: 1,234 in English.
    [[nodiscard]] QString count(qint64 value) const;
    /// A change with its sign: +2, -5.3, 0.
    [[nodiscard]] QString change(double value, int decimals = 1) const;
    /// "131.5/82".
    [[nodiscard]] QString pressure(double systolic, double diastolic) const;
    [[nodiscard]] QString pressure(const Measurement &measurement) const;
    /// "+2/-5.3".
    [[nodiscard]] QString pressureChange(double systolic, double diastolic) const;
    /// The change from `before` to `after`.
    [[nodiscard]] QString pressureChange(const Measurement &before, const Measurement &after) const;
    /// A day in the locale's short form: 21/11/2026, 11/21/26.
    [[nodiscard]] QString date(const QDate &date) const;
    /// A moment in the locale's short form, in its own offset.
    [[nodiscard]] QString dateTime(const QDateTime &moment) const;
    /// A time of day in the locale's short form: 07:30, 7:30 AM.
    [[nodiscard]] QString time(const QDateTime &moment) const;
    /// Time left on a clock face, whole seconds rounded up: "4:05", "0:01" until the very end,
    /// "12:00".
    [[nodiscard]] static QString clock(qint64 milliseconds);
    /// A day as the report prints it for any reader, whatever their locale: 2026-11-21.
    [[nodiscard]] static QString isoDate(const QDate &date);

    [[nodiscard]] const QLocale &locale() const { return m_locale; }

private:
    QLocale m_locale;
};

} // namespace viparita
