#include "settings/health_settings_page.h"

#include "settings/settings_form.h"

#include <viparita/core/bp_classifier.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

using Key = Settings::Key;

HealthSettingsPage::HealthSettingsPage(const QStringList &stepIds, QWidget *parent)
    : SettingsPage(parent)
    , m_stepIds(stepIds)
{
    setObjectName(u"healthPage"_s);
    m_stepIds.removeDuplicates();
    m_stepIds.removeAll(QString());
    auto *form = SettingsForm::form(this);

    m_guideline = SettingsForm::combo(u"guidelineCombo"_s, this);
    for (const Guideline guideline : {Guideline::AccAha2017, Guideline::EscEsh2018})
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
    m_duringStep = SettingsForm::combo(u"duringStepCombo"_s, this);
    m_duringStepLabel = new QLabel(tr("Reading during the &session:"), this);
    m_duringStepLabel->setObjectName(u"duringStepLabel"_s);
    m_duringStepLabel->setBuddy(m_duringStep);
    form->addRow(m_duringStepLabel, m_duringStep);
    SettingsForm::addNote(form,
                          tr("Viparita asks for a reading at this step, and again "
                             "after the session: the practice can lower blood "
                             "pressure, and with medication it must not fall too far."),
                          this, u"medicationNote"_s);

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

    connect(m_medication, &QCheckBox::toggled, this, &HealthSettingsPage::updateEnabled);
}

QString HealthSettingsPage::title() const
{
    return tr("Health");
}

QString HealthSettingsPage::stepLabel(const QString &stepId)
{
    QString label = stepId;
    label.replace(u'-', u' ').replace(u'_', u' ');
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

void HealthSettingsPage::load(const Value &value)
{
    SettingsForm::select(m_guideline, value(Key::Guideline),
                         Settings::defaultValue(Key::Guideline));
    m_medication->setChecked(value(Key::TakesMedication).toBool());
    m_duringStep->clear();
    for (const QString &id : std::as_const(m_stepIds))
        m_duringStep->addItem(stepLabel(id), id);
    // A step the default sequence no longer has stays as it is until changed.
    const QString step = value(Key::DuringReadingStep).toString();
    if (!step.isEmpty() && m_duringStep->findData(step) < 0)
        m_duringStep->addItem(stepLabel(step), step);
    SettingsForm::select(m_duringStep, step, Settings::defaultValue(Key::DuringReadingStep));
    SettingsForm::select(m_arm, value(Key::UsualArm), Settings::defaultValue(Key::UsualArm));
    SettingsForm::select(m_position, value(Key::UsualPosition),
                         Settings::defaultValue(Key::UsualPosition));
    updateEnabled();
}

void HealthSettingsPage::save(const Put &put) const
{
    put(Key::Guideline, m_guideline->currentData().toString());
    put(Key::TakesMedication, m_medication->isChecked());
    if (m_duringStep->count() > 0)
        put(Key::DuringReadingStep, m_duringStep->currentData().toString());
    put(Key::UsualArm, m_arm->currentData().toString());
    put(Key::UsualPosition, m_position->currentData().toString());
}

void HealthSettingsPage::updateEnabled()
{
    m_duringStep->setEnabled(m_medication->isChecked() && m_duringStep->count() > 0);
    m_duringStepLabel->setEnabled(m_medication->isChecked());
}

} // namespace viparita::app
