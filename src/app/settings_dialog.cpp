#include "settings_dialog.h"

#include "settings.h"

#include <viparita/core/bp_classifier.h>
#include <viparita/core/breath_pattern.h>

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

using Key = Settings::Key;

/// The longest breath the pacer accepts (Settings::breath falls back beyond it).
constexpr double longestBreathSeconds = 60.0;
/// The length offered when "fit each session" is first ticked.
constexpr int suggestedMinutes = 15;

QLabel *makeNote(const QString &text, QWidget *parent, const QString &objectName = {})
{
    auto *label = new QLabel(text, parent);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // A little softer than the controls' text, and still well readable.
    QPalette palette = label->palette();
    const QColor ink = palette.color(QPalette::WindowText);
    const QColor paper = palette.color(QPalette::Window);
    const auto blend = [](int a, int b) { return (a * 3 + b) / 4; };
    palette.setColor(QPalette::WindowText,
                     QColor(blend(ink.red(), paper.red()), blend(ink.green(), paper.green()),
                            blend(ink.blue(), paper.blue())));
    label->setPalette(palette);
    return label;
}

QCheckBox *makeCheck(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *check = new QCheckBox(text, parent);
    check->setObjectName(objectName);
    return check;
}

QComboBox *makeCombo(const QString &objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

QDoubleSpinBox *makeSecondsSpin(const QString &objectName, double minimum, QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(minimum, 20.0);
    spin->setSingleStep(0.5);
    spin->setDecimals(1);
    spin->setSuffix(SettingsDialog::tr(" s"));
    return spin;
}

/// A tab's content in a scroll area, so that nothing is cut off on a small screen.
QWidget *scrollPage(QWidget *content, const QString &objectName, QWidget *parent)
{
    content->setObjectName(objectName);
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(objectName + u"Scroll"_s);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Wide enough for the page's controls: only the height scrolls.
    scroll->setMinimumWidth(content->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());
    return scroll;
}

QFormLayout *makeForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setContentsMargins(16, 16, 16, 16);
    form->setVerticalSpacing(10);
    form->setHorizontalSpacing(16);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

void select(QComboBox *combo, const QVariant &value, const QVariant &fallback)
{
    int index = combo->findData(value);
    if (index < 0)
        index = combo->findData(fallback);
    combo->setCurrentIndex(std::max(index, 0));
}

QString number(double value)
{
    return QLocale().toString(std::round(value * 10.0) / 10.0, 'g', 3);
}

} // namespace

SettingsDialog::SettingsDialog(Settings &settings, const QStringList &stepIds, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_stepIds(stepIds)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Viparita: settings"));
    setMinimumHeight(380);
    // Fits inside an 800x600 screen with its title bar.
    resize(640, 500);
    m_stepIds.removeDuplicates();
    m_stepIds.removeAll(QString());

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"settingsTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createSoundPage(), tr("Sound && voice"));
    m_sessionPage = createSessionPage();
    m_tabs->addTab(m_sessionPage, tr("Session"));
    m_tabs->addTab(createHealthPage(), tr("Health"));
    m_tabs->addTab(createReportPage(), tr("Report"));
    m_tabs->addTab(createAppearancePage(), tr("Appearance"));

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_buttons->setObjectName(u"buttons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    QPushButton *restore = m_buttons->button(QDialogButtonBox::RestoreDefaults);
    restore->setObjectName(u"restoreDefaultsButton"_s);
    restore->setToolTip(tr("Shows the default values; they are kept only when you press OK."));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(restore, &QPushButton::clicked, this, [this] { load(true); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    // Every control that changes what else may be chosen.
    for (QCheckBox *check :
         {m_chimes, m_breathTones, m_voice, m_fitLength, m_medication, m_lengthen})
        connect(check, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_pace, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateEnabled);
    for (QDoubleSpinBox *spin : {m_inhale, m_holdIn, m_exhale, m_holdOut})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::updateEnabled);
    connect(m_volume, &QSlider::valueChanged, m_volumeValue,
            [this](int value) { m_volumeValue->setText(tr("%1%").arg(value)); });

    load(false);
}

QString SettingsDialog::stepLabel(const QString &stepId)
{
    QString label = stepId;
    label.replace(u'-', u' ').replace(u'_', u' ');
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

QWidget *SettingsDialog::createSoundPage()
{
    auto *page = new QWidget;
    auto *form = makeForm(page);

    m_chimes =
        makeCheck(tr("&Chimes at each step and side, a bell at the end"), u"chimesCheck"_s, page);
    m_breathTones =
        makeCheck(tr("&Breath tones: rising as you breathe in, falling as you breathe out"),
                  u"breathTonesCheck"_s, page);
    m_voice = makeCheck(tr("V&oice: step names and cues read aloud"), u"voiceCheck"_s, page);
    m_eyesClosed = makeCheck(tr("&Eyes closed: also announce the next step, and when ten seconds "
                                "are left"),
                             u"eyesClosedCheck"_s, page);
    for (QCheckBox *check : {m_chimes, m_breathTones, m_voice, m_eyesClosed})
        form->addRow(check);
    form->addRow(makeNote(tr("With your eyes closed you hear every change: keep the chimes or "
                             "the voice on."),
                          page, u"soundNote"_s));

    auto *volumeRow = new QHBoxLayout;
    m_volume = new QSlider(Qt::Horizontal, page);
    m_volume->setObjectName(u"volumeSlider"_s);
    m_volume->setRange(0, 100);
    m_volume->setSingleStep(5);
    m_volume->setPageStep(10);
    m_volume->setTickPosition(QSlider::TicksBelow);
    m_volume->setTickInterval(10);
    m_volume->setAccessibleName(tr("Volume"));
    m_volumeValue = new QLabel(page);
    m_volumeValue->setObjectName(u"volumeValue"_s);
    m_volumeValue->setMinimumWidth(m_volumeValue->fontMetrics().horizontalAdvance(u"100%"_s) + 4);
    m_volumeValue->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    volumeRow->addWidget(m_volume, 1);
    volumeRow->addWidget(m_volumeValue);
    auto *volumeLabel = new QLabel(tr("&Volume:"), page);
    volumeLabel->setObjectName(u"volumeLabel"_s);
    volumeLabel->setBuddy(m_volume);
    form->addRow(volumeLabel, volumeRow);
    return scrollPage(page, u"soundPage"_s, this);
}

QWidget *SettingsDialog::createSessionPage()
{
    auto *page = new QWidget;
    auto *form = makeForm(page);

    auto *lengthRow = new QHBoxLayout;
    m_fitLength = makeCheck(tr("&Fit each session to"), u"fitLengthCheck"_s, page);
    m_minutes = new QSpinBox(page);
    m_minutes->setObjectName(u"minutesSpin"_s);
    m_minutes->setRange(3, 60);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Session length in minutes"));
    lengthRow->addWidget(m_fitLength);
    lengthRow->addWidget(m_minutes);
    lengthRow->addStretch(1);
    form->addRow(tr("Length:"), lengthRow);
    form->addRow(
        makeNote(tr("Otherwise each sequence plays at its own length."), page, u"lengthNote"_s));

    m_pace = makeCombo(u"paceCombo"_s, page);
    const BreathPattern six = Settings::pacePattern(u"6"_s);
    const BreathPattern five = Settings::pacePattern(u"5"_s);
    const BreathPattern gentle = Settings::pacePattern(u"gentle"_s);
    m_pace->addItem(tr("The sequence's own"), u"sequence"_s);
    m_pace->addItem(
        tr("6 breaths a minute (%1 s in, %2 s out)").arg(number(six.inhale), number(six.exhale)),
        u"6"_s);
    m_pace->addItem(
        tr("5 breaths a minute (%1 s in, %2 s out)").arg(number(five.inhale), number(five.exhale)),
        u"5"_s);
    m_pace->addItem(
        tr("Gentle (%1 s in, %2 s out)").arg(number(gentle.inhale), number(gentle.exhale)),
        u"gentle"_s);
    m_pace->addItem(tr("Custom"), u"custom"_s);
    auto *paceLabel = new QLabel(tr("Breathing &pace:"), page);
    paceLabel->setBuddy(m_pace);
    form->addRow(paceLabel, m_pace);

    auto *custom = new QWidget(page);
    custom->setObjectName(u"customPace"_s);
    m_customPace = custom;
    auto *grid = new QGridLayout(custom);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    m_inhale = makeSecondsSpin(u"inhaleSpin"_s, 1.0, custom);
    m_holdIn = makeSecondsSpin(u"holdInSpin"_s, 0.0, custom);
    m_exhale = makeSecondsSpin(u"exhaleSpin"_s, 1.0, custom);
    m_holdOut = makeSecondsSpin(u"holdOutSpin"_s, 0.0, custom);
    const auto addSpin = [custom, grid](const QString &text, QDoubleSpinBox *spin, int row,
                                        int column) {
        auto *label = new QLabel(text, custom);
        label->setBuddy(spin);
        grid->addWidget(label, row, column);
        grid->addWidget(spin, row, column + 1);
    };
    addSpin(tr("Breathe &in"), m_inhale, 0, 0);
    addSpin(tr("then &hold"), m_holdIn, 0, 2);
    addSpin(tr("Breathe &out"), m_exhale, 1, 0);
    addSpin(tr("then hol&d"), m_holdOut, 1, 2);
    grid->setColumnStretch(4, 1);
    form->addRow(QString(), custom);

    m_lengthen = makeCheck(tr("&Lengthen the breath by a second each way over the session"),
                           u"lengthenCheck"_s, page);
    form->addRow(m_lengthen);
    m_paceSummary = makeNote(QString(), page, u"paceSummary"_s);
    form->addRow(m_paceSummary);
    form->addRow(makeNote(tr("Breathe through the nose, slowly and fully, in and out. Around "
                             "six breaths a minute is the usual aim; over weeks the breaths "
                             "grow longer."),
                          page, u"breathNote"_s));
    return scrollPage(page, u"sessionPage"_s, this);
}

QWidget *SettingsDialog::createHealthPage()
{
    auto *page = new QWidget;
    auto *form = makeForm(page);

    m_guideline = makeCombo(u"guidelineCombo"_s, page);
    for (const Guideline guideline : {Guideline::AccAha2017, Guideline::EscEsh2018})
        m_guideline->addItem(BpClassifier::guidelineName(guideline),
                             BpClassifier::guidelineKey(guideline));
    auto *guidelineLabel = new QLabel(tr("&Guideline:"), page);
    guidelineLabel->setBuddy(m_guideline);
    form->addRow(guidelineLabel, m_guideline);
    form->addRow(makeNote(tr("The blood-pressure categories your readings are placed in."), page,
                          u"guidelineNote"_s));

    m_medication = makeCheck(tr("I take blood-pressure &medication"), u"medicationCheck"_s, page);
    form->addRow(m_medication);
    m_duringStep = makeCombo(u"duringStepCombo"_s, page);
    m_duringStepLabel = new QLabel(tr("Reading during the &session:"), page);
    m_duringStepLabel->setObjectName(u"duringStepLabel"_s);
    m_duringStepLabel->setBuddy(m_duringStep);
    form->addRow(m_duringStepLabel, m_duringStep);
    form->addRow(makeNote(tr("Viparita asks for a reading at this step, and again after the "
                             "session: the practice can lower blood pressure, and with "
                             "medication it must not fall too far."),
                          page, u"medicationNote"_s));

    m_arm = makeCombo(u"armCombo"_s, page);
    m_arm->addItem(tr("Left arm"), u"left"_s);
    m_arm->addItem(tr("Right arm"), u"right"_s);
    auto *armLabel = new QLabel(tr("Usual &arm:"), page);
    armLabel->setBuddy(m_arm);
    form->addRow(armLabel, m_arm);
    m_position = makeCombo(u"positionCombo"_s, page);
    m_position->addItem(tr("Sitting"), u"sitting"_s);
    m_position->addItem(tr("Lying down"), u"lying"_s);
    m_position->addItem(tr("Standing"), u"standing"_s);
    auto *positionLabel = new QLabel(tr("Usual p&osition:"), page);
    positionLabel->setBuddy(m_position);
    form->addRow(positionLabel, m_position);
    form->addRow(makeNote(tr("New readings start with these. Measuring on the same arm, in the "
                             "same position, keeps readings comparable."),
                          page, u"armNote"_s));
    return scrollPage(page, u"healthPage"_s, this);
}

QWidget *SettingsDialog::createReportPage()
{
    auto *page = new QWidget;
    auto *form = makeForm(page);
    m_reportName = new QLineEdit(page);
    m_reportName->setObjectName(u"reportNameEdit"_s);
    m_reportName->setPlaceholderText(tr("Your name, as your doctor knows it"));
    m_reportName->setMaxLength(120);
    m_reportName->setClearButtonEnabled(true);
    auto *nameLabel = new QLabel(tr("&Name on reports:"), page);
    nameLabel->setBuddy(m_reportName);
    form->addRow(nameLabel, m_reportName);
    form->addRow(makeNote(tr("Printed at the top of the reports you export for your doctor. "
                             "Leave it empty to leave it out."),
                          page, u"reportNote"_s));
    return scrollPage(page, u"reportPage"_s, this);
}

QWidget *SettingsDialog::createAppearancePage()
{
    auto *page = new QWidget;
    auto *form = makeForm(page);
    m_theme = makeCombo(u"themeCombo"_s, page);
    m_theme->addItem(tr("Follow the system"), u"system"_s);
    m_theme->addItem(tr("Night: dark and dim"), u"night"_s);
    auto *themeLabel = new QLabel(tr("&Theme:"), page);
    themeLabel->setBuddy(m_theme);
    form->addRow(themeLabel, m_theme);
    form->addRow(makeNote(tr("The night theme keeps the screen dark for an evening practice."),
                          page, u"themeNote"_s));
    return scrollPage(page, u"appearancePage"_s, this);
}

void SettingsDialog::load(bool defaults)
{
    const auto value = [this, defaults](Key key) {
        return defaults ? Settings::defaultValue(key) : m_settings.value(key);
    };
    m_chimes->setChecked(value(Key::Chimes).toBool());
    m_breathTones->setChecked(value(Key::BreathTones).toBool());
    m_voice->setChecked(value(Key::Voice).toBool());
    m_eyesClosed->setChecked(value(Key::EyesClosed).toBool());
    m_volume->setValue(value(Key::Volume).toInt());
    m_volumeValue->setText(tr("%1%").arg(m_volume->value()));

    const int minutes = value(Key::DefaultMinutes).toInt();
    m_fitLength->setChecked(minutes > 0);
    m_minutes->setValue(minutes > 0 ? minutes : suggestedMinutes);
    select(m_pace, value(Key::BreathPace), Settings::defaultValue(Key::BreathPace));
    m_inhale->setValue(value(Key::CustomInhale).toDouble());
    m_holdIn->setValue(value(Key::CustomHoldIn).toDouble());
    m_exhale->setValue(value(Key::CustomExhale).toDouble());
    m_holdOut->setValue(value(Key::CustomHoldOut).toDouble());
    m_lengthen->setChecked(value(Key::LengthenBreath).toBool());

    select(m_guideline, value(Key::Guideline), Settings::defaultValue(Key::Guideline));
    m_medication->setChecked(value(Key::TakesMedication).toBool());
    m_duringStep->clear();
    for (const QString &id : std::as_const(m_stepIds))
        m_duringStep->addItem(stepLabel(id), id);
    // A step the default sequence no longer has stays as it is until changed.
    const QString step = value(Key::DuringReadingStep).toString();
    if (!step.isEmpty() && m_duringStep->findData(step) < 0)
        m_duringStep->addItem(stepLabel(step), step);
    select(m_duringStep, step, Settings::defaultValue(Key::DuringReadingStep));
    select(m_arm, value(Key::UsualArm), Settings::defaultValue(Key::UsualArm));
    select(m_position, value(Key::UsualPosition), Settings::defaultValue(Key::UsualPosition));

    m_reportName->setText(value(Key::ReportName).toString());
    select(m_theme, value(Key::Theme), Settings::defaultValue(Key::Theme));
    updateEnabled();
}

void SettingsDialog::updateEnabled()
{
    const bool sound = m_chimes->isChecked() || m_breathTones->isChecked() || m_voice->isChecked();
    m_volume->setEnabled(sound);
    m_volumeValue->setEnabled(sound);

    m_minutes->setEnabled(m_fitLength->isChecked());

    const QString pace = m_pace->currentData().toString();
    const bool custom = pace == u"custom"_s;
    for (QDoubleSpinBox *spin : {m_inhale, m_holdIn, m_exhale, m_holdOut})
        spin->setEnabled(custom);
    m_customPace->setEnabled(custom);
    m_lengthen->setEnabled(pace != u"sequence"_s);

    m_duringStep->setEnabled(m_medication->isChecked() && m_duringStep->count() > 0);
    m_duringStepLabel->setEnabled(m_medication->isChecked());

    updatePaceSummary();
}

void SettingsDialog::updatePaceSummary()
{
    const QString pace = m_pace->currentData().toString();
    bool tooLong = false;
    QString summary;
    if (pace == u"sequence"_s) {
        summary = tr("Each step breathes at the pace its sequence gives.");
    } else {
        BreathPattern pattern = Settings::pacePattern(pace);
        if (pace == u"custom"_s)
            pattern = {m_inhale->value(), m_holdIn->value(), m_exhale->value(), m_holdOut->value()};
        tooLong = pattern.cycleSeconds() > longestBreathSeconds;
        if (tooLong) {
            summary = tr("One breath may last at most %1 seconds: shorten the breath or a hold.")
                          .arg(number(longestBreathSeconds));
        } else if (m_lengthen->isChecked()) {
            const BreathPattern end{pattern.inhale + 1.0, pattern.holdIn, pattern.exhale + 1.0,
                                    pattern.holdOut};
            summary = tr("About %1 breaths a minute at the start, slowing to about %2 by the end.")
                          .arg(number(pattern.breathsPerMinute()), number(end.breathsPerMinute()));
        } else {
            summary = tr("About %1 breaths a minute.").arg(number(pattern.breathsPerMinute()));
        }
    }
    m_paceSummary->setText(summary);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!tooLong);
}

void SettingsDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) {
        m_tabs->setCurrentWidget(m_sessionPage);
        return;
    }
    save();
    QDialog::accept();
}

void SettingsDialog::save()
{
    // Only what differs is written: untouched defaults stay defaults.
    const auto put = [this](Key key, const QVariant &value) {
        if (m_settings.value(key) != value)
            m_settings.setValue(key, value);
    };
    put(Key::Chimes, m_chimes->isChecked());
    put(Key::BreathTones, m_breathTones->isChecked());
    put(Key::Voice, m_voice->isChecked());
    put(Key::EyesClosed, m_eyesClosed->isChecked());
    put(Key::Volume, m_volume->value());

    put(Key::DefaultMinutes, m_fitLength->isChecked() ? m_minutes->value() : 0);
    put(Key::BreathPace, m_pace->currentData().toString());
    put(Key::CustomInhale, m_inhale->value());
    put(Key::CustomHoldIn, m_holdIn->value());
    put(Key::CustomExhale, m_exhale->value());
    put(Key::CustomHoldOut, m_holdOut->value());
    put(Key::LengthenBreath, m_lengthen->isChecked());

    put(Key::Guideline, m_guideline->currentData().toString());
    put(Key::TakesMedication, m_medication->isChecked());
    if (m_duringStep->count() > 0)
        put(Key::DuringReadingStep, m_duringStep->currentData().toString());
    put(Key::UsualArm, m_arm->currentData().toString());
    put(Key::UsualPosition, m_position->currentData().toString());

    put(Key::ReportName, m_reportName->text().trimmed());
    put(Key::Theme, m_theme->currentData().toString());
}

} // namespace viparita::app
