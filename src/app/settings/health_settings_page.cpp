#include "settings/health_settings_page.h"

#include "settings/settings_form.h"

#include <viparita/core/bp_classifier.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

using Key = Settings::Key;

HealthSettingsPage::HealthSettingsPage(QWidget *parent) : SettingsPage(parent)
{
    setObjectName(u"healthPage"_s);
    auto *form = SettingsForm::form(this);

    m_guideline = SettingsForm::combo(u"guidelineCombo"_s, this);
    for (const Guideline guideline : BpClassifier::guidelines())
        m_guideline->addItem(BpClassifier::guidelineName(guideline),
                             BpClassifier::guidelineKey(guideline));
    SettingsForm::addField(form, tr("&Guideline:"), m_guideline, this);
    SettingsForm::addNote(form,
                          tr("The blood-pressure categories your readings are placed "
                             "in."),
                          this, u"guidelineNote"_s);

    m_medication =
        SettingsForm::check(tr("I take blood-pressure &medication"), u"medicationCheck"_s, this);
    form->addRow(m_medication);
    SettingsForm::addNote(form,
                          tr("Viparita then asks for a reading during each session (at the step "
                             "the sequence marks, or at its middle) and after it: the practice "
                             "can lower blood pressure, and with medication it must not fall too "
                             "far. It follows your list on the Medication page each time the "
                             "list changes."),
                          this, u"medicationNote"_s);

    m_standing = SettingsForm::check(tr("Check my blood pressure on &standing up after a session"),
                                     u"standingCheck"_s, this);
    form->addRow(m_standing);
    SettingsForm::addNote(form,
                          tr("After the readings that follow a session, stand up slowly and take "
                             "a reading after 1 minute and after 3 minutes; a timer tells you "
                             "when. Blood pressure that falls on standing can make you dizzy; "
                             "medication makes it more likely."),
                          this, u"standingNote"_s);
    // Turning the medication on (or off) turns the standing check with it; it can then be
    // changed on its own.
    connect(m_medication, &QCheckBox::toggled, m_standing, &QCheckBox::setChecked);

    m_arm = SettingsForm::combo(u"armCombo"_s, this);
    m_arm->addItem(tr("Left arm"), u"left"_s);
    m_arm->addItem(tr("Right arm"), u"right"_s);
    SettingsForm::addField(form, tr("Usual &arm:"), m_arm, this);
    m_position = SettingsForm::combo(u"positionCombo"_s, this);
    m_position->addItem(tr("Sitting"), u"sitting"_s);
    m_position->addItem(tr("Lying down"), u"lying"_s);
    m_position->addItem(tr("Standing"), u"standing"_s);
    SettingsForm::addField(form, tr("Usual p&osition:"), m_position, this);
    SettingsForm::addNote(form,
                          tr("New readings start with these. Measuring on the same "
                             "arm, in the same position, keeps readings comparable."),
                          this, u"armNote"_s);
}

QString HealthSettingsPage::title() const
{
    return tr("Health");
}

void HealthSettingsPage::load(const Value &value)
{
    // A key of an earlier version ("aha", "esh") shows the guideline that replaced its own.
    const auto guideline = BpClassifier::guidelineFromKey(value(Key::Guideline).toString());
    SettingsForm::select(m_guideline,
                         guideline ? BpClassifier::guidelineKey(*guideline) : QString(),
                         Settings::defaultValue(Key::Guideline));
    {
        const QSignalBlocker quiet(m_medication);
        m_medication->setChecked(value(Key::TakesMedication).toBool());
    }
    m_standing->setChecked(value(Key::StandingCheck).toBool());
    SettingsForm::select(m_arm, value(Key::UsualArm), Settings::defaultValue(Key::UsualArm));
    SettingsForm::select(m_position, value(Key::UsualPosition),
                         Settings::defaultValue(Key::UsualPosition));
}

void HealthSettingsPage::save(const Put &put) const
{
    put(Key::Guideline, m_guideline->currentData().toString());
    put(Key::TakesMedication, m_medication->isChecked());
    put(Key::StandingCheck, m_standing->isChecked());
    put(Key::UsualArm, m_arm->currentData().toString());
    put(Key::UsualPosition, m_position->currentData().toString());
}

} // namespace viparita::app
