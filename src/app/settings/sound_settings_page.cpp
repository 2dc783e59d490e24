#include "settings/sound_settings_page.h"

#include "settings/settings_form.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

using Key = Settings::Key;

SoundSettingsPage::SoundSettingsPage(QWidget *parent) : SettingsPage(parent)
{
    setObjectName(u"soundPage"_s);
    auto *form = SettingsForm::form(this);
    m_chimes = SettingsForm::check(tr("&Chimes at each step and side, a bell at the end"),
                                   u"chimesCheck"_s, this);
    m_breathTones = SettingsForm::check(tr("&Breath tones"), u"breathTonesCheck"_s, this);
    m_voice =
        SettingsForm::check(tr("V&oice: step names and cues read aloud"), u"voiceCheck"_s, this);
    m_eyesClosed = SettingsForm::check(tr("&Eyes closed"), u"eyesClosedCheck"_s, this);
    // What a choice does is said under it, so that a check box stays short enough for a
    // small screen in a longer language; a screen reader reads it as the box's description.
    const auto explained = [&](QCheckBox *check, const QString &what, const QString &name) {
        form->addRow(check);
        SettingsForm::addNote(form, what, this, name);
        check->setAccessibleDescription(what);
    };
    form->addRow(m_chimes);
    explained(m_breathTones, tr("Rising as you breathe in, falling as you breathe out."),
              u"breathTonesNote"_s);
    form->addRow(m_voice);
    explained(m_eyesClosed, tr("Also announces the next step, and when ten seconds are left."),
              u"eyesClosedNote"_s);
    SettingsForm::addNote(form,
                          tr("With your eyes closed you hear every change: keep the "
                             "chimes or the voice on."),
                          this, u"soundNote"_s);

    auto *volumeRow = new QHBoxLayout;
    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setObjectName(u"volumeSlider"_s);
    m_volume->setRange(0, 100);
    m_volume->setSingleStep(5);
    m_volume->setPageStep(10);
    m_volume->setTickPosition(QSlider::TicksBelow);
    m_volume->setTickInterval(10);
    m_volume->setAccessibleName(tr("Volume"));
    m_volumeValue = new QLabel(this);
    m_volumeValue->setObjectName(u"volumeValue"_s);
    m_volumeValue->setMinimumWidth(m_volumeValue->fontMetrics().horizontalAdvance(u"100%"_s) + 4);
    m_volumeValue->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    volumeRow->addWidget(m_volume, 1);
    volumeRow->addWidget(m_volumeValue);
    auto *volumeLabel = new QLabel(tr("&Volume:"), this);
    volumeLabel->setObjectName(u"volumeLabel"_s);
    volumeLabel->setBuddy(m_volume);
    form->addRow(volumeLabel, volumeRow);

    // Heard before lying down: a chime and a sentence, now.
    auto *testRow = new QHBoxLayout;
    auto *test = new QPushButton(tr("&Test: a chime and the voice"), this);
    test->setObjectName(u"testSoundButton"_s);
    test->setAutoDefault(false);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(u"testResultLabel"_s);
    m_testResult->setWordWrap(true);
    testRow->addWidget(test);
    testRow->addWidget(m_testResult, 1);
    form->addRow(QString(), testRow);
    connect(test, &QPushButton::clicked, this, &SoundSettingsPage::testRequested);

    for (QCheckBox *check : {m_chimes, m_breathTones, m_voice})
        connect(check, &QCheckBox::toggled, this, &SoundSettingsPage::updateEnabled);
    connect(m_volume, &QSlider::valueChanged, m_volumeValue,
            [this](int value) { m_volumeValue->setText(tr("%1%").arg(value)); });
}

QString SoundSettingsPage::title() const
{
    return tr("Sound && voice");
}

void SoundSettingsPage::load(const Value &value)
{
    m_chimes->setChecked(value(Key::Chimes).toBool());
    m_breathTones->setChecked(value(Key::BreathTones).toBool());
    m_voice->setChecked(value(Key::Voice).toBool());
    m_eyesClosed->setChecked(value(Key::EyesClosed).toBool());
    m_volume->setValue(value(Key::Volume).toInt());
    m_volumeValue->setText(tr("%1%").arg(m_volume->value()));
    updateEnabled();
}

void SoundSettingsPage::save(const Put &put) const
{
    put(Key::Chimes, m_chimes->isChecked());
    put(Key::BreathTones, m_breathTones->isChecked());
    put(Key::Voice, m_voice->isChecked());
    put(Key::EyesClosed, m_eyesClosed->isChecked());
    put(Key::Volume, m_volume->value());
}

void SoundSettingsPage::showTestResult(const QString &result)
{
    m_testResult->setText(result);
    m_testResult->setAccessibleName(result);
}

void SoundSettingsPage::updateEnabled()
{
    const bool sound = m_chimes->isChecked() || m_breathTones->isChecked() || m_voice->isChecked();
    m_volume->setEnabled(sound);
    m_volumeValue->setEnabled(sound);
}

} // namespace viparita::app
