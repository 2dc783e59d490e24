#include "settings/report_settings_page.h"

#include "settings/settings_form.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace viparita::app {

ReportSettingsPage::ReportSettingsPage(QWidget *parent) : SettingsPage(parent)
{
    setObjectName(u"reportPage"_s);
    auto *form = SettingsForm::form(this);
    m_reportName = new QLineEdit(this);
    m_reportName->setObjectName(u"reportNameEdit"_s);
    m_reportName->setPlaceholderText(tr("Your name, as your doctor knows it"));
    m_reportName->setMaxLength(120);
    m_reportName->setClearButtonEnabled(true);
    SettingsForm::addField(form, tr("&Name on reports:"), m_reportName, this);
    SettingsForm::addNote(form,
                          tr("Printed at the top of the reports you export for your "
                             "doctor. Leave it empty to leave it out."),
                          this, u"reportNote"_s);
}

QString ReportSettingsPage::title() const
{
    return tr("Report");
}

void ReportSettingsPage::load(const Value &value)
{
    m_reportName->setText(value(Settings::Key::ReportName).toString());
}

void ReportSettingsPage::save(const Put &put) const
{
    put(Settings::Key::ReportName, m_reportName->text().trimmed());
}

} // namespace viparita::app
