#include "shell/help_dialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QKeySequence>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

namespace {

/// A key as the desktop writes it ("Ctrl+N"), from a portable description.
QString key(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText).toHtmlEscaped();
}

QString table(const QString &heading, const QList<std::pair<QString, QString>> &rows)
{
    QString html = u"<h3>%1</h3><table cellpadding=\"4\">"_s.arg(heading.toHtmlEscaped());
    for (const auto &[keys, what] : rows)
        html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(keys, what.toHtmlEscaped());
    return html + u"</table>"_s;
}

} // namespace

HelpDialog::HelpDialog(Page page, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"helpDialog"_s);
    setWindowTitle(tr("Viparita help"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"helpTabs"_s);

    m_guide = new QTextBrowser(this);
    m_guide->setObjectName(u"guideText"_s);
    m_guide->setAccessibleName(tr("User guide"));
    m_guide->setOpenExternalLinks(false);
    QFile guide(u":/docs/user-guide.md"_s);
    if (guide.open(QIODevice::ReadOnly))
        m_guide->setMarkdown(QString::fromUtf8(guide.readAll()));
    else
        m_guide->setPlainText(tr("The user guide is missing from this installation."));
    m_tabs->addTab(m_guide, tr("User &guide"));

    m_keys = new QTextBrowser(this);
    m_keys->setObjectName(u"keysText"_s);
    m_keys->setAccessibleName(tr("Keyboard shortcuts"));
    m_keys->setHtml(keysHtml());
    m_tabs->addTab(m_keys, tr("&Keyboard shortcuts"));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 620);
    showPage(page);
}

void HelpDialog::showPage(Page page)
{
    QTextBrowser *shown = page == Page::Guide ? m_guide : m_keys;
    m_tabs->setCurrentWidget(shown);
    shown->setFocus();
}

QString HelpDialog::pageText(Page page) const
{
    return (page == Page::Guide ? m_guide : m_keys)->toPlainText();
}

QString HelpDialog::keysHtml()
{
    QString html;
    html += table(
        tr("Everywhere"),
        {{key(QKeySequence::New), tr("Add a blood-pressure reading")},
         {key(QKeySequence(Qt::CTRL | Qt::Key_1)) + u", "_s +
              key(QKeySequence(Qt::CTRL | Qt::Key_2)) + u", "_s +
              key(QKeySequence(Qt::CTRL | Qt::Key_3)),
          tr("Practice, History, Trends")},
         {key(QKeySequence(Qt::CTRL | Qt::Key_E)), tr("Export for your doctor")},
         {key(QKeySequence(Qt::CTRL | Qt::Key_P)), tr("Print the report")},
         {key(QKeySequence(Qt::CTRL | Qt::Key_I)), tr("Import readings")},
         {key(QKeySequence(Qt::CTRL | Qt::Key_Comma)), tr("Settings")},
         {key(QKeySequence(Qt::Key_F11)), tr("Full screen, on and off")},
         {key(QKeySequence(Qt::Key_F1)), tr("This help")},
         {key(QKeySequence(Qt::CTRL | Qt::Key_Q)), tr("Quit (during a session, asks first)")}});
    html += table(tr("During a session"),
                  {{tr("Space"), tr("Pause, and go on")},
                   {tr("Right"), tr("Next step")},
                   {tr("Left"), tr("Previous step")},
                   {u"+"_s, tr("30 more seconds in this step")},
                   {u"R"_s, tr("Take a reading now")},
                   {tr("Esc"), tr("Stop the session (asks first); Esc again goes on")},
                   {tr("Enter"), tr("Stop, when asked")}});
    html += table(tr("Reading dialogs"),
                  {{tr("Tab"), tr("Systolic, diastolic, pulse, the next reading, then the arm "
                                  "and the position, then the buttons")},
                   {tr("Enter"), tr("Save (before a session: save and start)")},
                   {tr("Esc"), tr("Cancel; before a session, no session starts")}});
    html += table(tr("History"), {{tr("Enter") + u", "_s + key(QKeySequence(Qt::Key_F2)),
                                   tr("Change the selected session or reading")},
                                  {key(QKeySequence::Delete), tr("Delete it")},
                                  {key(QKeySequence::Undo), tr("Undo the delete")},
                                  {tr("Menu key"), tr("The same, in a menu")}});
    return html;
}

} // namespace viparita::app
