#pragma once

#include <viparita/report/csv_import.h>

#include <QGroupBox>
#include <QStringList>

#include <optional>

class QComboBox;

namespace viparita::app {

/// "Which column holds what" of another app's CSV: a chooser of a column for each value and
/// the date format, first set to CsvColumnGuess's guess.
class ImportColumns final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportColumns)

public:
    /// The values a column can hold. `When` is the date, or the date and time in one column;
    /// `Offset` the UTC offset or time zone of the times; `Irregular` the flag of an
    /// irregular heartbeat.
    enum class Field { When, Time, Systolic, Diastolic, Pulse, Note, Offset, Irregular };
    Q_ENUM(Field)

    explicit ImportColumns(QWidget *parent = nullptr);

    /// Offers the columns of `header`, each chooser set to `guess` (1-based columns); the
    /// rest of `guess` (whether times are in UTC) is kept for columnMap().
    void setColumns(const QStringList &header, const CsvImport::ColumnMap &guess);
    /// The column (from 0) that holds `field`; -1 for none.
    void setColumn(Field field, int column);
    [[nodiscard]] int column(Field field) const;
    void setDateFormat(const QString &format);
    [[nodiscard]] QString dateFormat() const;

    /// The map the choices make; nothing, with `problem` saying what to choose, when the
    /// date or a pressure has no column.
    [[nodiscard]] std::optional<CsvImport::ColumnMap> columnMap(QString &problem) const;

Q_SIGNALS:
    /// A choice changed.
    void changed();

private:
    [[nodiscard]] QComboBox *combo(Field field) const;

    QList<QComboBox *> m_columns;
    QComboBox *m_dateFormat = nullptr;
    bool m_utcTimes = false;
};

} // namespace viparita::app
