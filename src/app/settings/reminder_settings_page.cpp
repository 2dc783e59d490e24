#include "settings/reminder_settings_page.h"

#include "settings/settings_form.h"

#include <viparita/core/reminder_schedule.h>

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

using Key = Settings::Key;

namespace {

QTimeEdit *timeField(const QString &name, QWidget *parent)
{
    auto *field = new QTimeEdit(parent);
    field->setObjectName(name);
    field->setDisplayFormat(u"HH:mm"_s);
    return field;
}

} // namespace

ReminderSettingsPage::ReminderSettingsPage(QWidget *parent) : SettingsPage(parent)
{
    setObjectName(u"remindersPage"_s);
    auto *form = SettingsForm::form(this);

    m_practice = SettingsForm::check(tr("Remind me to &practise"), u"remindPractice"_s, this);
    form->addRow(m_practice);
    auto *days = new QWidget(this);
    auto *row = new QHBoxLayout(days);
    row->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), days);
        box->setObjectName(u"day%1"_s.arg(day));
        box->setAccessibleName(locale.dayName(day, QLocale::LongFormat));
        row->addWidget(box);
        m_days.append(box);
    }
    row->addStretch(1);
    auto *daysLabel = SettingsForm::addField(form, tr("On:"), days, this);
    daysLabel->setAccessibleName(tr("Practice days"));
    m_practiceTime = timeField(u"practiceTime"_s, this);
    SettingsForm::addField(form, tr("At:"), m_practiceTime, this);
    m_practiceTime->setAccessibleName(tr("Practice time"));

    m_week =
        SettingsForm::check(tr("Remind me of my home &week's measurements"), u"remindWeek"_s, this);
    form->addRow(m_week);
    m_morning = timeField(u"morningTime"_s, this);
    SettingsForm::addField(form, tr("&Morning at:"), m_morning, this);
    m_evening = timeField(u"eveningTime"_s, this);
    SettingsForm::addField(form, tr("&Evening at:"), m_evening, this);
    SettingsForm::addNote(
        form,
        tr("Reminders come as desktop notifications with Start and Later, also while Viparita "
           "is closed: a small helper starts when you log in and sleeps until the next one is "
           "due. Turning both off removes it. A week's slots are reminded only on the seven "
           "days of a week you began."),
        this, u"remindersNote"_s);
    connect(m_practice, &QCheckBox::toggled, this, &ReminderSettingsPage::updateEnabled);
    connect(m_week, &QCheckBox::toggled, this, &ReminderSettingsPage::updateEnabled);
    updateEnabled();
}

QString ReminderSettingsPage::title() const
{
    return tr("Reminders");
}

void ReminderSettingsPage::updateEnabled()
{
    for (QCheckBox *box : std::as_const(m_days))
        box->setEnabled(m_practice->isChecked());
    m_practiceTime->setEnabled(m_practice->isChecked());
    m_morning->setEnabled(m_week->isChecked());
    m_evening->setEnabled(m_week->isChecked());
}

void ReminderSettingsPage::load(const Value &value)
{
    m_practice->setChecked(value(Key::RemindersPractice).toBool());
    const QList<int> days = ReminderPlan::daysFrom(value(Key::PracticeDays).toString());
    for (int day = 1; day <= 7; ++day)
        m_days.at(day - 1)->setChecked(days.contains(day));
    const auto time = [&](Key key, const QTime &fallback) {
        const QTime read = QTime::fromString(value(key).toString(), Qt::ISODate);
        return read.isValid() ? read : fallback;
    };
    m_practiceTime->setTime(time(Key::PracticeTime, QTime(19, 0)));
    m_week->setChecked(value(Key::RemindersWeek).toBool());
    m_morning->setTime(time(Key::MorningTime, QTime(7, 30)));
    m_evening->setTime(time(Key::EveningTime, QTime(20, 0)));
    updateEnabled();
}

void ReminderSettingsPage::save(const Put &put) const
{
    QList<int> days;
    for (int day = 1; day <= 7; ++day) {
        if (m_days.at(day - 1)->isChecked())
            days.append(day);
    }
    put(Key::RemindersPractice, m_practice->isChecked());
    put(Key::PracticeDays, ReminderPlan::daysText(days));
    put(Key::PracticeTime, m_practiceTime->time().toString(u"HH:mm"_s));
    put(Key::RemindersWeek, m_week->isChecked());
    put(Key::MorningTime, m_morning->time().toString(u"HH:mm"_s));
    put(Key::EveningTime, m_evening->time().toString(u"HH:mm"_s));
}

} // namespace viparita::app
