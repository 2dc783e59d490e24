#pragma once

#include <viparita/storage/date_range.h>

#include <QObject>

class QComboBox;
class QDateEdit;
class QWidget;

namespace viparita {
class Journal;
}

namespace viparita::app {

/// The period an export covers: a chooser of the usual periods (the last 30 or 90 days, the
/// last 12 months, everything) and the first and last dates, which a choice fills in and an
/// edit turns into "Chosen dates". Its controls belong to the dialog that lays them out.
class ExportPeriod final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportPeriod)

public:
    enum class Period { Last30Days, Last90Days, LastYear, Everything, Chosen };
    Q_ENUM(Period)

    /// Controls made as children of `dialog`; "everything" starts on `journal`'s first day.
    ExportPeriod(const Journal &journal, QWidget *dialog);

    [[nodiscard]] QComboBox *chooser() const { return m_period; }
    /// The first and last dates, side by side.
    [[nodiscard]] QWidget *dates() const { return m_dates; }
    [[nodiscard]] QDateEdit *firstDate() const { return m_from; }

    void setPeriod(Period period);
    /// Chooses the dates (and the period "Chosen").
    void setDates(const QDate &from, const QDate &to);
    /// The days to export, both ends included; open for "everything".
    [[nodiscard]] DateRange range() const;
    [[nodiscard]] QDate from() const;
    [[nodiscard]] QDate to() const;
    /// The first date is not after the last.
    [[nodiscard]] bool inOrder() const { return from() <= to(); }

Q_SIGNALS:
    void changed();

private:
    void periodChosen();
    void datesEdited();

    const Journal &m_journal;
    QComboBox *m_period = nullptr;
    QWidget *m_dates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
};

} // namespace viparita::app
