#include "practice/cautions_dialog.h"

#include "settings/settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

QString heading(const QString &text)
{
    return u"<h3>%1</h3>"_s.arg(text.toHtmlEscaped());
}

QString paragraph(const QString &text)
{
    return u"<p style=\"line-height: 125%;\">%1</p>"_s.arg(text.toHtmlEscaped());
}

QString list(const char *tag, const QStringList &items)
{
    QString html = u"<%1>"_s.arg(QLatin1String(tag));
    for (const QString &item : items)
        html += u"<li style=\"line-height: 125%;\">%1</li>"_s.arg(item.toHtmlEscaped());
    return html + u"</%1>"_s.arg(QLatin1String(tag));
}

QFont scaledFont(const QFont &base, qreal scale, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    return font;
}

} // namespace

CautionsDialog::CautionsDialog(Mode mode, QWidget *parent) : QDialog(parent), m_mode(mode)
{
    setObjectName(u"cautionsDialog"_s);
    setWindowTitle(tr("Viparita: cautions"));
    setMinimumSize(420, 360);
    // Fits inside an 800x600 screen with its title bar.
    resize(640, 540);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);

    auto *title = new QLabel(
        mode == Mode::FirstStart ? tr("Before your first session") : tr("Cautions"), this);
    title->setObjectName(u"cautionsHeading"_s);
    title->setFont(scaledFont(title->font(), 1.5, true));
    title->setWordWrap(true);
    layout->addWidget(title);

    auto *text = new QLabel(cautionsHtml(), this);
    text->setObjectName(u"cautionsText"_s);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setFont(scaledFont(text->font(), 1.1));
    text->setContentsMargins(0, 0, 12, 0);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"cautionsScroll"_s);
    scroll->setWidget(text);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::StrongFocus);
    scroll->setAccessibleName(tr("Cautions"));
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"buttons"_s);
    if (mode == Mode::FirstStart) {
        m_acknowledge = new QCheckBox(tr("I have read this"), this);
        m_acknowledge->setObjectName(u"acknowledgeCheck"_s);
        m_acknowledge->setFont(scaledFont(m_acknowledge->font(), 1.1));
        layout->addWidget(m_acknowledge);

        m_acceptButton = buttons->addButton(tr("I understand"), QDialogButtonBox::AcceptRole);
        m_acceptButton->setObjectName(u"acknowledgeButton"_s);
        m_acceptButton->setEnabled(false);
        m_acceptButton->setDefault(true);
        QPushButton *notNow = buttons->addButton(tr("Not now"), QDialogButtonBox::RejectRole);
        notNow->setObjectName(u"notNowButton"_s);
        notNow->setAutoDefault(false);
        connect(m_acknowledge, &QCheckBox::toggled, m_acceptButton, &QPushButton::setEnabled);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    } else {
        QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
        close->setObjectName(u"closeButton"_s);
        close->setDefault(true);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    scroll->setFocus();
}

bool CautionsDialog::ensureAcknowledged(Settings &settings, QWidget *parent)
{
    if (settings.flag(Settings::Key::CautionsAcknowledged))
        return true;
    CautionsDialog dialog(Mode::FirstStart, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    settings.setValue(Settings::Key::CautionsAcknowledged, true);
    return true;
}

QString CautionsDialog::cautionsHtml()
{
    QString html;
    html += paragraph(tr("Lying on your back with your legs resting up a wall is a gentle "
                         "practice, but it is not right for everyone. Please read this before "
                         "you begin."));

    html += heading(tr("Do not practise, or ask your doctor first, if"));
    html += list("ul", {tr("you are in the later months of pregnancy"), tr("you have glaucoma"),
                        tr("your blood pressure is very high"), tr("you have a hernia"),
                        tr("lying on your back for a long time is not safe for you, "
                           "for whatever reason"),
                        tr("more blood flowing toward your head is a concern for you")});
    html += paragraph(tr("Some teachers also advise leaving the practice out on days of heavy "
                         "menstrual bleeding."));

    html += heading(tr("High blood pressure and medication"));
    html += paragraph(tr("If you have high blood pressure, or take medicine for your blood "
                         "pressure, talk to your doctor before you take up this practice. "
                         "Raising the legs can lower blood pressure and pulse; together with "
                         "medication, it may fall too far."));
    html += paragraph(tr("Viparita can ask you for a reading during the session as well as "
                         "before and after it: tick \u201cI take blood-pressure medication\u201d "
                         "in Settings, under Health."));

    html += heading(tr("If you feel faint, or your blood pressure drops"));
    html += list("ol", {tr("Bend your knees."), tr("Roll onto one side."),
                        tr("Rest there, breathing quietly, until you feel steady."),
                        tr("Only then sit up, slowly.")});
    html += paragraph(tr("Come out of any position that hurts or strains: the practice should "
                         "stay comfortable. If you feel faint more than once, tell your doctor."));

    html += heading(tr("What Viparita does, and what it does not"));
    html += paragraph(tr("Viparita guides the practice and keeps your readings. It informs; it "
                         "does not diagnose, and it does not advise on medication. The "
                         "blood-pressure categories it shows come from published guidelines, "
                         "for you and your doctor to look at together. Never start, stop or "
                         "change a medicine because of what you see here: ask your doctor."));
    return html;
}

} // namespace viparita::app
