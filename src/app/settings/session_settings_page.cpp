#include "settings/session_settings_page.h"

#include "settings/pace_combo.h"
#include "settings/settings_form.h"

#include <viparita/core/session_plan.h>

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

using Key = Settings::Key;
using Pace = BreathChoice::Pace;

/// The length offered when "fit each session" is first ticked.
constexpr int suggestedMinutes = 15;

} // namespace

SessionSettingsPage::SessionSettingsPage(QWidget *parent) : SettingsPage(parent)
{
    setObjectName(u"sessionPage"_s);
    auto *form = SettingsForm::form(this);

    auto *lengthRow = new QHBoxLayout;
    m_fitLength = SettingsForm::check(tr("&Fit each session to"), u"fitLengthCheck"_s, this);
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(u"minutesSpin"_s);
    m_minutes->setRange(SessionPlan::minMinutes, SessionPlan::maxMinutes);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Session length in minutes"));
    lengthRow->addWidget(m_fitLength);
    lengthRow->addWidget(m_minutes);
    lengthRow->addStretch(1);
    form->addRow(tr("Length:"), lengthRow);
    SettingsForm::addNote(form, tr("Otherwise each sequence plays at its own length."), this,
                          u"lengthNote"_s);

    m_pace = new PaceCombo(tr("Custom"), this);
    m_pace->setObjectName(u"paceCombo"_s);
    m_pace->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    SettingsForm::addField(form, tr("Breathing &pace:"), m_pace, this);

    m_customPace = new QWidget(this);
    m_customPace->setObjectName(u"customPace"_s);
    auto *grid = new QGridLayout(m_customPace);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    m_inhale =
        SettingsForm::seconds(u"inhaleSpin"_s, BreathPattern::minBreathSeconds, m_customPace);
    m_holdIn = SettingsForm::seconds(u"holdInSpin"_s, BreathPattern::minHoldSeconds, m_customPace);
    m_exhale =
        SettingsForm::seconds(u"exhaleSpin"_s, BreathPattern::minBreathSeconds, m_customPace);
    m_holdOut =
        SettingsForm::seconds(u"holdOutSpin"_s, BreathPattern::minHoldSeconds, m_customPace);
    const auto addSpin = [this, grid](const QString &text, QDoubleSpinBox *spin, int row,
                                      int column) {
        auto *label = new QLabel(text, m_customPace);
        label->setBuddy(spin);
        grid->addWidget(label, row, column);
        grid->addWidget(spin, row, column + 1);
    };
    addSpin(tr("Breathe &in"), m_inhale, 0, 0);
    addSpin(tr("then &hold"), m_holdIn, 0, 2);
    addSpin(tr("Breathe &out"), m_exhale, 1, 0);
    addSpin(tr("then hol&d"), m_holdOut, 1, 2);
    grid->setColumnStretch(4, 1);
    // The two holds share their label's words: their names say which one each is.
    m_holdIn->setAccessibleName(tr("Hold after breathing in"));
    m_holdOut->setAccessibleName(tr("Hold after breathing out"));
    form->addRow(QString(), m_customPace);

    m_lengthen = SettingsForm::check(
        tr("&Lengthen the breath by a second each way over the session"), u"lengthenCheck"_s, this);
    form->addRow(m_lengthen);
    m_paceSummary = SettingsForm::note(QString(), this, u"paceSummary"_s);
    form->addRow(m_paceSummary);
    SettingsForm::addNote(form,
                          tr("Breathe through the nose, slowly and fully, in and out. "
                             "Around six breaths a minute is the usual aim; over weeks "
                             "the breaths grow longer."),
                          this, u"breathNote"_s);

    for (QCheckBox *check : {m_fitLength, m_lengthen})
        connect(check, &QCheckBox::toggled, this, &SessionSettingsPage::updateEnabled);
    connect(m_pace, &QComboBox::currentIndexChanged, this, &SessionSettingsPage::updateEnabled);
    for (QDoubleSpinBox *spin : {m_inhale, m_holdIn, m_exhale, m_holdOut})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &SessionSettingsPage::updateEnabled);
}

QString SessionSettingsPage::title() const
{
    return tr("Session");
}

void SessionSettingsPage::load(const Value &value)
{
    const int minutes = value(Key::DefaultMinutes).toInt();
    m_fitLength->setChecked(minutes > 0);
    m_minutes->setValue(minutes > 0 ? minutes : suggestedMinutes);
    m_pace->setPaceKey(value(Key::BreathPace).toString());
    m_inhale->setValue(value(Key::CustomInhale).toDouble());
    m_holdIn->setValue(value(Key::CustomHoldIn).toDouble());
    m_exhale->setValue(value(Key::CustomExhale).toDouble());
    m_holdOut->setValue(value(Key::CustomHoldOut).toDouble());
    m_lengthen->setChecked(value(Key::LengthenBreath).toBool());
    updateEnabled();
}

void SessionSettingsPage::save(const Put &put) const
{
    put(Key::DefaultMinutes, m_fitLength->isChecked() ? m_minutes->value() : 0);
    put(Key::BreathPace, BreathChoice::key(m_pace->pace()));
    put(Key::CustomInhale, m_inhale->value());
    put(Key::CustomHoldIn, m_holdIn->value());
    put(Key::CustomExhale, m_exhale->value());
    put(Key::CustomHoldOut, m_holdOut->value());
    put(Key::LengthenBreath, m_lengthen->isChecked());
}

BreathPattern SessionSettingsPage::shownPattern() const
{
    if (m_pace->pace() == Pace::Custom)
        return {m_inhale->value(), m_holdIn->value(), m_exhale->value(), m_holdOut->value()};
    return BreathChoice::preset(m_pace->pace());
}

QString SessionSettingsPage::problem() const
{
    if (m_pace->pace() != Pace::Custom ||
        shownPattern().cycleSeconds() <= BreathChoice::longestCustomBreathSeconds)
        return {};
    return tr("One breath may last at most %1 seconds: shorten the breath or a hold.")
        .arg(SettingsForm::number(BreathChoice::longestCustomBreathSeconds));
}

void SessionSettingsPage::updateEnabled()
{
    m_minutes->setEnabled(m_fitLength->isChecked());
    const Pace pace = m_pace->pace();
    for (QDoubleSpinBox *spin : {m_inhale, m_holdIn, m_exhale, m_holdOut})
        spin->setEnabled(pace == Pace::Custom);
    m_customPace->setEnabled(pace == Pace::Custom);
    m_lengthen->setEnabled(pace != Pace::Sequence);

    const BreathPattern pattern = shownPattern();
    QString summary = problem();
    if (pace == Pace::Sequence) {
        summary = tr("Each step breathes at the pace its sequence gives.");
    } else if (!summary.isEmpty()) {
        // The problem says what to change.
    } else if (m_lengthen->isChecked()) {
        summary =
            tr("About %1 breaths a minute at the start, slowing to about %2 by the end.")
                .arg(SettingsForm::number(pattern.breathsPerMinute()),
                     SettingsForm::number(BreathChoice::lengthened(pattern).breathsPerMinute()));
    } else {
        summary =
            tr("About %1 breaths a minute.").arg(SettingsForm::number(pattern.breathsPerMinute()));
    }
    m_paceSummary->setText(summary);
    Q_EMIT problemChanged();
}

} // namespace viparita::app
