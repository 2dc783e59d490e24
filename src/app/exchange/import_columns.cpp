#include "exchange/import_columns.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMetaEnum>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

const QList<ImportColumns::Field> allFields{
    ImportColumns::Field::When,      ImportColumns::Field::Time,     ImportColumns::Field::Systolic,
    ImportColumns::Field::Diastolic, ImportColumns::Field::Pulse,    ImportColumns::Field::Note,
    ImportColumns::Field::Offset,    ImportColumns::Field::Irregular};

QString fieldLabel(ImportColumns::Field field)
{
    switch (field) {
    case ImportColumns::Field::When:
        return ImportColumns::tr("&Date (or date and time):");
    case ImportColumns::Field::Time:
        return ImportColumns::tr("&Time:");
    case ImportColumns::Field::Systolic:
        return ImportColumns::tr("&Systolic:");
    case ImportColumns::Field::Diastolic:
        return ImportColumns::tr("D&iastolic:");
    case ImportColumns::Field::Pulse:
        return ImportColumns::tr("&Pulse:");
    case ImportColumns::Field::Note:
        return ImportColumns::tr("&Note:");
    case ImportColumns::Field::Offset:
        return ImportColumns::tr("Time &zone:");
    case ImportColumns::Field::Irregular:
        return ImportColumns::tr("Irre&gular heartbeat:");
    }
    return {};
}

/// A guessed column as the choosers count it: from 0, -1 for none.
int index(const std::optional<CsvImport::Column> &column)
{
    if (!column)
        return -1;
    const int *position = std::get_if<int>(&*column);
    return position ? *position - 1 : -1;
}

} // namespace

ImportColumns::ImportColumns(QWidget *parent) : QGroupBox(tr("Which column holds what"), parent)
{
    // Two choosers a row, so that the dialog fits a small screen.
    auto *grid = new QGridLayout(this);
    const auto add = [grid](const QString &text, QWidget *field, int at) {
        auto *label = new QLabel(text, grid->parentWidget());
        label->setBuddy(field);
        grid->addWidget(label, at / 2, (at % 2) * 2, Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(field, at / 2, (at % 2) * 2 + 1);
    };
    int at = 0;
    for (const Field field : allFields) {
        auto *box = new QComboBox(this);
        box->setObjectName(u"column%1"_s.arg(
            QString::fromLatin1(QMetaEnum::fromType<Field>().valueToKey(int(field)))));
        box->setAccessibleName(QString(fieldLabel(field)).remove(u'&').remove(u':'));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
        add(fieldLabel(field), box, at++);
        m_columns.append(box);
        connect(box, &QComboBox::currentIndexChanged, this, &ImportColumns::changed);
    }
    m_dateFormat = new QComboBox(this);
    m_dateFormat->setObjectName(u"dateFormatCombo"_s);
    m_dateFormat->setAccessibleName(tr("Dates written as"));
    m_dateFormat->setEditable(true);
    m_dateFormat->lineEdit()->setAccessibleName(tr("Dates written as"));
    m_dateFormat->addItem(tr("Year first (2026-11-21)"), QString());
    for (const QString &format :
         {u"dd.MM.yyyy"_s, u"dd.MM.yy"_s, u"dd/MM/yyyy"_s, u"dd/MM/yy"_s, u"MM/dd/yyyy"_s,
          u"MM/dd/yy"_s, u"dd-MM-yyyy"_s, u"yyyy/MM/dd"_s, u"d MMM yyyy"_s, u"MMM d yyyy"_s})
        m_dateFormat->addItem(format, format);
    m_dateFormat->addItem(tr("Unix time in seconds"), u"unix"_s);
    m_dateFormat->addItem(tr("Unix time in milliseconds"), u"unix-ms"_s);
    m_dateFormat->setToolTip(tr("How the dates are written: d day, M month (MMM its name), "
                                "yyyy or yy the year. The time after the date, or in its own "
                                "column, is read as 7:30, 07:30:15 or 7:30 pm."));
    add(tr("Date &format:"), m_dateFormat, at++);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    connect(m_dateFormat, &QComboBox::currentIndexChanged, this, &ImportColumns::changed);
    connect(m_dateFormat, &QComboBox::editTextChanged, this, &ImportColumns::changed);
}

QComboBox *ImportColumns::combo(Field field) const
{
    return m_columns.at(allFields.indexOf(field));
}

void ImportColumns::setColumns(const QStringList &header, const CsvImport::ColumnMap &guess)
{
    const QSignalBlocker blockFormat(m_dateFormat);
    for (QComboBox *box : std::as_const(m_columns)) {
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(tr("(none)"), -1);
        for (int i = 0; i < header.size(); ++i)
            box->addItem(tr("%1: %2").arg(i + 1).arg(header.at(i).left(40)), i);
    }
    const auto choose = [this](Field field, int column) {
        QComboBox *box = combo(field);
        const QSignalBlocker block(box);
        box->setCurrentIndex(std::max(0, box->findData(column)));
    };
    choose(Field::When, index(guess.datetime ? guess.datetime : guess.date));
    choose(Field::Time, index(guess.time));
    choose(Field::Systolic, index(guess.systolic));
    choose(Field::Diastolic, index(guess.diastolic));
    choose(Field::Pulse, index(guess.pulse));
    choose(Field::Note, index(guess.note));
    choose(Field::Offset, index(guess.offset));
    choose(Field::Irregular, index(guess.irregular));
    m_utcTimes = guess.utcTimes;
    const int found = m_dateFormat->findData(guess.dateFormat);
    if (found >= 0)
        m_dateFormat->setCurrentIndex(found);
    else
        m_dateFormat->setEditText(guess.dateFormat);
}

void ImportColumns::setColumn(Field field, int column)
{
    QComboBox *box = combo(field);
    box->setCurrentIndex(std::max(0, box->findData(column)));
}

int ImportColumns::column(Field field) const
{
    return combo(field)->currentData().toInt();
}

void ImportColumns::setDateFormat(const QString &format)
{
    const int found = m_dateFormat->findData(format);
    if (found >= 0)
        m_dateFormat->setCurrentIndex(found);
    else
        m_dateFormat->setEditText(format);
}

QString ImportColumns::dateFormat() const
{
    // An item chosen from the list carries its format; text typed in is the format itself.
    const int found = m_dateFormat->findText(m_dateFormat->currentText());
    if (found >= 0)
        return m_dateFormat->itemData(found).toString();
    return m_dateFormat->currentText().trimmed();
}

std::optional<CsvImport::ColumnMap> ImportColumns::columnMap(QString &problem) const
{
    CsvImport::ColumnMap map;
    const auto columnOf = [this](Field field) -> std::optional<CsvImport::Column> {
        const int chosen = column(field);
        if (chosen < 0)
            return std::nullopt;
        return CsvImport::Column(chosen + 1);
    };
    if (column(Field::Time) >= 0) {
        map.date = columnOf(Field::When);
        map.time = columnOf(Field::Time);
    } else {
        map.datetime = columnOf(Field::When);
    }
    map.systolic = columnOf(Field::Systolic);
    map.diastolic = columnOf(Field::Diastolic);
    map.pulse = columnOf(Field::Pulse);
    map.note = columnOf(Field::Note);
    map.offset = columnOf(Field::Offset);
    map.irregular = columnOf(Field::Irregular);
    map.utcTimes = m_utcTimes;
    map.dateFormat = dateFormat();
    if (!map.date && !map.datetime) {
        problem = tr("choose the column with the date");
        return std::nullopt;
    }
    if (!map.systolic || !map.diastolic) {
        problem = tr("choose the columns with the systolic and diastolic values");
        return std::nullopt;
    }
    return map;
}

} // namespace viparita::app
