#include "session/safety_pause_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

SafetyPauseDialog::SafetyPauseDialog(const QList<SafetyAlert> &alerts, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"safetyPauseDialog"_s);
    setWindowTitle(tr("The session is paused"));
    auto *layout = new QVBoxLayout(this);
    QStringList parts;
    QStringList spoken;
    for (const SafetyAlert &alert : alerts) {
        parts.append(
            u"<b>%1</b><br>%2"_s.arg(alert.title.toHtmlEscaped(), alert.guidance.toHtmlEscaped()));
        spoken.append(alert.title + u". "_s + alert.guidance);
    }
    m_guidance = spoken.join(u' ');
    auto *text = new QLabel(parts.join(u"<br><br>"_s), this);
    text->setObjectName(u"guidanceLabel"_s);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setAccessibleName(tr("What to do now"));
    text->setAccessibleDescription(m_guidance);
    layout->addWidget(text);
    auto *advice = new QLabel(tr("The session waits. Go on only when you feel steady; or end it "
                                 "here."),
                              this);
    advice->setWordWrap(true);
    layout->addWidget(advice);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *goOn = buttons->addButton(tr("&Go on when ready"), QDialogButtonBox::AcceptRole);
    goOn->setObjectName(u"goOnButton"_s);
    QPushButton *end = buttons->addButton(tr("&End the session"), QDialogButtonBox::RejectRole);
    end->setObjectName(u"endButton"_s);
    // Nothing happens by Enter alone: the person chooses.
    goOn->setAutoDefault(false);
    end->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace viparita::app
